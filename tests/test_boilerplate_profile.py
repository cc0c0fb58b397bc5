"""learn_boilerplate: lines and prefixes recurring at the edges of a site's pages."""

import pytest

from newsparse import BoilerplateProfile, SegmentKind, learn_boilerplate, parse

BODIES = [
    "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في المنطقة الشرقية بسعة مئتي سرير.",
    "وقال المتحدث الرسمي إن المشروع يأتي ضمن خطة التنمية الشاملة للقطاع الصحي.",
    "وأضاف أن العمل سيبدأ خلال الأسابيع المقبلة بعد استكمال الإجراءات النظامية.",
    "وأكد مدير الشؤون الصحية أن الخدمات ستشمل الطوارئ والعيادات الخارجية والتنويم.",
    "وأشار إلى أن الوزارة تعمل على تطوير البنية التحتية في جميع مناطق المملكة.",
    "وبين أن التوظيف في المستشفى سيعطي الأولوية للكفاءات الوطنية المؤهلة.",
]


# Real paragraphs are long and differ from page to page.
_TAIL = "وذلك في إطار الجهود المستمرة لتحسين جودة الخدمات المقدمة للمواطنين والمقيمين في العدد"


def _pages():
    return [
        f"{BODIES[i % 6]} {_TAIL} {i}.\n{BODIES[(i + 1) % 6]} {_TAIL} {i + 1}.\n"
        f"سمات: الصحة، مستشفى {i}\nتابعوا صحيفة المثال على الموقع"
        for i in range(12)
    ]


def test_learns_recurring_footer_line_and_tag_prefix():
    profile = learn_boilerplate(_pages(), min_docs=3)
    assert "تابعوا صحيفه المثال علي الموقع" in profile.lines
    assert "سمات:" in profile.prefixes
    assert profile.documents == 12
    # Body paragraphs start with the same words too, but not only at the edges.
    assert "وقال" not in profile.prefixes
    assert not any(line.startswith("وقال") for line in profile.lines)


def test_parse_uses_the_profile():
    profile = learn_boilerplate(_pages(), min_docs=3)
    page = f"{BODIES[0]}\n{BODIES[2]}\nتابعوا صحيفة المثال على الموقع\nسمات: الاقتصاد"
    kinds = [s.kind for s in parse(page, profile=profile).segments if s.text]
    assert kinds[:2] == [SegmentKind.BODY, SegmentKind.BODY]
    assert SegmentKind.BODY not in kinds[2:]
    assert SegmentKind.BODY in [s.kind for s in parse(page).segments]


def test_profile_round_trips():
    profile = learn_boilerplate(_pages(), min_docs=3)
    assert BoilerplateProfile.from_dict(profile.to_dict()) == profile


@pytest.mark.parametrize(
    ("kwargs", "match"), [({"min_share": 0}, "min_share"), ({"min_docs": 1}, "min_docs")]
)
def test_invalid_options_say_what_to_pass(kwargs, match):
    with pytest.raises(ValueError, match=match):
        learn_boilerplate(_pages(), **kwargs)


def test_wrong_item_type_is_refused():
    with pytest.raises(TypeError):
        learn_boilerplate([b"bytes"])  # type: ignore[list-item]


def test_profile_of_the_wrong_type_is_refused():
    with pytest.raises(TypeError, match="BoilerplateProfile"):
        parse("نص", profile={"lines": []})  # type: ignore[arg-type]


def test_profile_order_is_deterministic():
    pages = _pages()
    assert learn_boilerplate(pages, min_docs=3) == learn_boilerplate(
        list(reversed(pages)), min_docs=3
    )


PROSE = (
    "وقال الوزير إن المحادثات مستمرة مع الجانبين منذ الصباح الباكر في العاصمة الرياض.",
    "وأضاف الوزير أن الاجتماع المقبل سيعقد في الرياض الأسبوع المقبل لبحث الملفات.",
    "وأكد أن الحكومة ستواصل العمل على تنفيذ الاتفاق مع كل الأطراف المعنية بالأمر.",
)


def test_a_prefix_inside_the_page_stays_body():
    # A 3alyoum profile learns the reporter's first name as a byline prefix.
    profile = BoilerplateProfile(prefixes=("عمر",))
    page = f"{PROSE[0]}\n{PROSE[1]}\nعمر المختار رمز المقاومة\n{PROSE[2]}\n{PROSE[0]}\n{PROSE[1]}"
    kinds = [
        s.kind for s in parse(page, profile=profile).segments if s.kind is not SegmentKind.BLANK
    ]
    assert SegmentKind.BOILERPLATE not in kinds


def test_a_prefix_at_the_page_edge_is_boilerplate():
    profile = BoilerplateProfile(prefixes=("عمر",))
    page = f"{PROSE[0]}\n{PROSE[1]}\n{PROSE[2]}\nعمر الزهراني- الرياض"
    assert parse(page, profile=profile).segments[-1].kind is SegmentKind.BOILERPLATE


def test_a_prefix_does_not_match_a_sentence():
    profile = BoilerplateProfile(prefixes=("عمر",))
    assert not profile.matches("عمر المختار رمز للمقاومه في ليبيا.")
    assert profile.matches("عمر الزهراني")


def test_a_learnt_line_still_matches_when_it_ends_like_a_sentence():
    assert BoilerplateProfile(lines=("جميع الحقوق محفوظه.",)).matches("جميع الحقوق محفوظه.")
