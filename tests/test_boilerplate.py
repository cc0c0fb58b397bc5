"""Block classification: each cue and layout rule on real lines, positive and negative."""

import pytest

from newsparse import SegmentKind, parse, remove_boilerplate
from newsparse._data import load_table
from newsparse.blocks import split_blocks
from newsparse.boilerplate import classify_blocks
from tests.conftest import corpus_names, read_corpus_text

K = SegmentKind

# A body paragraph long enough to count as prose (from the seed page).
PARA = (
    "وقالت الوزارة في بيان منفصل، إن بلينكن تحدث أيضاً مع وزيرة الخارجية الفرنسية "
    "كاترين كولونا، وعاودا تأكيد تنديدهما بهجمات حماس على إسرائيل."
)
PARA2 = (
    "ودعا بلينكن إلى وقف فوري للهجمات وإطلاق سراح جميع الرهائن، وأكد أن واشنطن "
    "تبذل الجهود لتأمين إطلاق سراحهم بشكل فوري وفق ما ذكرت الوزارة."
)


def kinds(text):
    return [k.value for k in classify_blocks(text, split_blocks(text)).kinds]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("إقرأ أيضاً:", "read_also"),
        ("اقرأ أيضا : زيارة الوزير", "read_also"),
        ("أقرأ  أيضاً: زيارة الوزير", "read_also"),
        ("اقرأ أيضاًالعالماليابان تطلق بنجاح قمرًا اصطناعيًا", "read_also"),
        ("Read more: Hero woman's iconic speech", "read_also"),
        ("MORE : The Metro daily cartoon by Guy Venables", "read_also"),
        ("Lire aussi : la grève continue", "read_also"),
        ("المصدر: موقع 24", "source"),
        (":المصدر وكالات", "source"),
        ("كلمات دلالية: غزة وإسرائيل", "tags"),
        ("مقالات مشابهة", "related"),
        ("Auch interessant:", "related"),
        ("Share this with", "share"),
        ("Merken.", "share"),
        ("لمراسلة الكاتب: turki@alriyadh.net", "share"),
        ("حقوق الطبع والنشر © 2015 إشارات فوركس. كل الحقوق محفوظة.", "copyright"),
        ("جميع الحقوق محفوظة © 2024", "copyright"),
        ("حوار: آسيا العتروس", "byline"),
        ("Crédit photo : KB / Bondy Blog", "caption"),
        ("إضافة تعليق جديد", "comment"),
        ("Loading comments...", "comment"),
        ("...المزيد", "nav"),
        ("//انتهى//", "boilerplate"),
        ("مرحبا بك عزيز الزائر نتمنى لك أوقاتاً سعيدة معنا", "boilerplate"),
        ("Invision | منتدى مجاني | إتصل بنا | التبليغ عن محتوى مخالف", "nav"),
        ("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس", "dateline"),
        ("11:08 ت م", "dateline"),
    ],
)
def test_cue_and_layout_lines_are_named(line, kind):
    assert kinds(f"{PARA}\n{line}")[1] == kind


@pytest.mark.parametrize(
    "line",
    [
        # Cue words inside ordinary prose are not cues.
        "وقال المصدر إن الاجتماع انتهى دون اتفاق بين الطرفين على موعد الجولة المقبلة.",
        "وطالب المتظاهرون بإعادة جميع الحقوق المسلوبة إلى أصحابها قبل نهاية العام الجاري.",
        "More countries have advised people from travelling to the UK amid the riots.",
        "Follow along with the latest updates below.",
        "Source of the leak was never found, the committee said in its final report on Monday.",
        "| Premium 24/7 phone and email support |  | ",
    ],
)
def test_prose_with_cue_words_stays_body(line):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] == "body"


def test_headline_then_paragraphs_is_title():
    assert kinds(f"بايدن ونتانياهو يبحثان مقترح وقف إطلاق النار\n{PARA}\n{PARA2}") == [
        "title",
        "body",
        "body",
    ]


def test_one_line_standfirst_is_body():
    standfirst = "أوكرانيا تبدأ إطلاق سراح سجناء بهدف ضمّهم إلى جيشها، في محاولة لترميم النقص."
    assert kinds(f"{standfirst}\n{PARA}")[0] == "body"


def test_lead_in_line_is_not_a_title():
    lead = "صدر اليوم عن الديوان الملكي البيان التالي :-"
    assert kinds(f"{lead}\n{PARA}")[0] == "body"


def test_credit_line_at_top_is_byline():
    assert kinds(f"وليد العمودي ـ جدة\n{PARA}")[0] == "byline"
    assert kinds(f"Next Previous عين اليوم – واس\n{PARA}")[0] == "byline"


def test_title_with_site_suffix_then_bare_title():
    page = f"دورة تكوينية حول الإعلام. - Anwalpress - أنوال بريس\nدورة تكوينية حول الإعلام.\n{PARA}"
    assert kinds(page)[:2] == ["title", "title"]


def test_footer_zone_after_source_line():
    page = f"{PARA}\nالمصدر: موقع 24\nغزة وإسرائيل زلزال المغرب"
    assert kinds(page) == ["body", "source", "source"]


def test_related_header_takes_its_list_including_questions():
    page = f"{PARA}\nمقالات مشابهة\n• غانتس لنتنياهو: سندعم أي صفقة\n• كيف تغيّر موقف حماس في مفاوضات الهدنة؟"
    assert kinds(page) == ["body", "related", "related", "related"]


def test_share_line_mid_article_does_not_end_the_body():
    page = f"{PARA}\nAre protests breaking out in your area? Get in touch at webnews@reachplc.com\n{PARA2}"
    assert kinds(page) == ["body", "share", "body"]


def test_contact_footer_takes_the_short_lines_after_it():
    page = f"{PARA}\noalhazmi@Gmail.com\nللتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (22) ثم مسافة\n88591 - Stc"
    assert kinds(page) == ["body", "share", "share", "share", "share"]


def test_appended_article_after_footer():
    page = f"{PARA}\nالمصدر: موقع 24\nإقرأ أيضاً:\nبايدن ونتانياهو يبحثان مقترح وقف إطلاق النار\n{PARA2}\n{PARA}"
    layout = classify_blocks(page, split_blocks(page))
    assert [k.value for k in layout.kinds] == [
        "body",
        "source",
        "read_also",
        "appended",
        "appended",
        "appended",
    ]
    assert layout.appended == ((3, 6),)


def test_read_also_widget_inside_body_is_not_an_appended_article():
    page = f"{PARA}\nإقرأ أيضاً:\nبايدن ونتانياهو يبحثان مقترح وقف إطلاق النار\n{PARA2}"
    assert kinds(page)[-1] == "body"


def test_teaser_list_page_has_no_body():
    text = read_corpus_text("culturax-ur_1") if "culturax-ur_1" in corpus_names() else None
    if text is None:
        pytest.skip("corpus not available")
    article = parse(text)
    assert article.body == ()


def test_embed_pieces_are_kept_as_they_are():
    page = f"{PARA}\nThe White House is lit up blue and white tonight\n{PARA2}"
    blocks = split_blocks(page)
    layout = classify_blocks(page, blocks, [K.BODY, K.EMBED, K.BODY])
    assert layout.kinds == (K.BODY, K.EMBED, K.BODY)


def test_metadata_on_the_article():
    page = (
        "بايدن ونتانياهو يبحثان مقترح وقف إطلاق النار\n"
        f"{PARA}\n{PARA2}\nالمصدر: موقع 24\nكلمات دلالية: غزة، إسرائيل، بلينكن\n"
        "مقالات مشابهة\n• غانتس لنتنياهو: سندعم أي صفقة"
    )
    article = parse(page)
    assert article.title == "بايدن ونتانياهو يبحثان مقترح وقف إطلاق النار"
    assert article.source == "موقع 24"
    assert article.tags == ("غزة", "إسرائيل", "بلينكن")
    assert article.related == ("غانتس لنتنياهو: سندعم أي صفقة",)
    assert article.lang == "ar"


@pytest.mark.skipif("seed" not in corpus_names(), reason="corpus not available")
def test_seed_appended_article_is_parsed_on_its_own():
    text = read_corpus_text("seed")
    article = parse(text)
    (sub,) = article.appended
    assert sub.title == "بايدن ونتانياهو يبحثان مقترح وقف إطلاق النار"
    assert text[sub.start : sub.end].startswith(sub.title)
    assert "".join(text[s.start : s.end] for s in sub.segments) == text[sub.start : sub.end]
    kinds_ = [s.kind for s in sub.segments]
    assert kinds_.count(K.DUPLICATE) == 2
    assert K.READ_ALSO in kinds_
    assert article.source == "موقع 24"


def test_remove_boilerplate_keeps_body_only():
    page = f"{PARA}\nالمصدر: موقع 24\nمقالات مشابهة\n• عنوان آخر"
    assert remove_boilerplate(page) == PARA


def test_remove_boilerplate_refuses_bytes():
    with pytest.raises(TypeError, match="decode"):
        remove_boilerplate(PARA.encode())  # type: ignore[arg-type]


def test_standalone_read_also_takes_the_headline_after_it():
    page = f"{PARA}\nإقرأ أيضاً:\nبايدن ونتانياهو يبحثان مقترح وقف إطلاق النار\n{PARA2}"
    assert kinds(page) == ["body", "read_also", "read_also", "body"]


def test_related_label_and_related_header():
    assert kinds(f"{PARA}\nRelated: Police make 378 arrests\n{PARA2}")[1] == "read_also"
    assert kinds(f"{PARA}\nRelated\n- Police make 378 arrests") == ["body", "related", "related"]


def test_page_of_headlines_only_is_a_teaser_list():
    page = "\n".join(
        [
            "• السفير نبيل فهمي: ما يحدث في غزة إجرام",
            "• غانتس لنتنياهو: سندعم أي صفقة تعيد الرهائن من غزة",
            "• بعد تقارير عن انفراجة.. كيف تغيّر موقف حماس في مفاوضات الهدنة؟",
            "• الموساد: إسرائيل تدرس رد حماس على اقتراح وقف إطلاق النار",
            "• إسرائيل تدرس رد حماس بشأن صفقة الأسرى وإنهاء الحرب",
        ]
    )
    assert set(kinds(page)) == {"related"}
    assert parse(page).body == ()


def test_short_brief_is_not_a_teaser_list():
    assert kinds(f"{PARA}\nبايدن ونتانياهو يبحثان مقترح وقف إطلاق النار") == ["body", "body"]


def test_story_link_line_is_a_source_line():
    line = "رابط الخبر بصحيفة الوئام: مدني مكة يرفع جاهزيته تحسبا لهطول الأمطار"
    assert kinds(f"{PARA}\n{line}")[1] == "source"


def test_name_line_before_end_matter_is_a_byline_but_not_before_body():
    assert kinds(f"{PARA}\nKab NIANG\nCrédit photo : KB / Bondy Blog") == [
        "body",
        "byline",
        "caption",
    ]
    assert kinds(f"{PARA}\nSouthport Vigil\n{PARA2}")[1] != "byline"


def test_bulleted_maxims_and_poems_stay_body():
    maxims = "\n".join(
        [
            "* قليل من الرذائل كاف لتغطية كثير من الفضائل.",
            "* قل للمرء إنه شجاع وسوف تساعده على أن يصبح كذلك.",
            "* السعادة ليست شيئاً تختبره، بل شيئا تتذكّره.",
            "* لا يتواضع إلا من كان واثقاً من نفسه.",
            "* التعقل في الحديث أفضل من الفصاحة.",
        ]
    )
    assert "related" not in kinds(maxims)
    poem = "\n".join(
        [
            "حوارٍ إذا طال الزمن شفت لبّه",
            "ودي اصبر مير قلبي من فراقه",
            "مزيون اوضح في لونه",
            "ما نسيت الصاحب اللي بالمودّه",
            "خايف عليه الناس ترميه بالعين",
        ]
    )
    assert "related" not in kinds(poem)


def test_subheadings_numbered_and_over_lists():
    page = (
        "Labour has announced sweeping changes in their first King’s Speech, with confirmation.\n"
        "1. Smoking to eventually be banned completely\n"
        "Keir Starmer has kept a policy from the previous government to ban people from smoking.\n"
        "Hardware\n"
        "- A Mac computer with an Intel Core 2 Duo processor\n"
        "- Minimum 4 GB of memory"
    )
    assert kinds(page) == ["body", "subheading", "body", "subheading", "body", "body"]


def test_short_line_before_a_shorter_one_is_not_a_subheading():
    page = f"{PARA}\nوليد العمودي كتب\nنعم"
    assert kinds(page)[1] == "body"


def test_bare_link_line_is_boilerplate_and_title_is_the_bare_headline():
    assert kinds(f"{PARA}\nhttps://www.example.com/news/1234\n{PARA2}")[1] == "boilerplate"
    page = f"دورة تكوينية حول الإعلام. - Anwalpress - أنوال بريس\nدورة تكوينية حول الإعلام.\n{PARA}"
    assert parse(page).title == "دورة تكوينية حول الإعلام."


@pytest.mark.parametrize(
    "line",
    [
        "متظاهرون في وسط الخرطوم (رويترز)",
        "الرئيس الأمريكي جو بايدن خلال مؤتمر صحفي (تصوير: أحمد علي/واس)",
        "Protesters gather in Plymouth city centre (AFP/Getty Images)",
    ],
)
def test_short_line_closed_by_an_agency_credit_is_a_caption(line):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] == "caption"


def test_agency_in_a_sentence_is_not_a_caption():
    line = "وقال مصدر فلسطيني مقرب من جهود الوساطة لرويترز إن حماس أبدت مرونة بشأن بعض البنود."
    assert kinds(f"{PARA}\n{line}")[1] == "body"


@pytest.mark.skipif("seed" not in corpus_names(), reason="corpus not available")
def test_seed_article_round_trips_with_its_appended_article():
    from newsparse import Article

    article = parse(read_corpus_text("seed"))
    assert Article.from_dict(article.to_dict()) == article


def test_lead_reprinted_at_the_end_is_body_not_title():
    lead = "نائب رئيس القيادة الأميركية يقول إن تحرير الجندي المحتجز هو الشاغل الرئيسي"
    page = f"{lead}\n{PARA}\n{PARA2}\nاقرأ أيضاً:كوريا الشمالية في ميدان التحولات\n{lead}"
    assert [s.kind.value for s in parse(page).segments if s.text] == [
        "body",
        "body",
        "body",
        "read_also",
        "duplicate",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("الرئيسية » أخبار » محليات", "nav"),
        ("Home > News > UK", "nav"),
        ("Don't miss: The Metro daily cartoon", "read_also"),
        ("Join our WhatsApp community for the latest news", "share"),
        ("الرياض 10/10/2024", "dateline"),
    ],
)
def test_more_layout_and_cue_lines(line, kind):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] == kind


@pytest.mark.parametrize(
    "line",
    [
        "الجمعة 12 ربيع الأول 1445 هـ",  # a two-word Hijri month from months.tsv
        "السبت، 14 تشرين الأول 2023",  # a Levantine month, the date parser's row
        "Mardi 10 octobre 2023, 08:30 GMT",
        "Do, 12. Oktober 2023",
    ],
)
def test_datelines_read_the_date_parser_tables(line):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        "المركز الثاني 2",  # an ordinal of a month name alone is no date word
        "ذو القرنين 3",  # nor the first word of a Hijri month
        "سورة الأول 12 والآية 5 منها تتحدث",
    ],
)
def test_month_name_parts_are_no_dateline(line):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] != "dateline"


def test_spaced_date_is_no_breadcrumb_and_nav_opens_no_footer():
    page = f"{PARA}\nالتاريخ : 9 / 10 / 1436هـ\nبعون الله تعالى\nنحن سلمان بن عبدالعزيز آل سعود\n{PARA2}"
    assert "nav" not in kinds(page)


def test_sentence_citing_an_email_address_stays_body():
    line = (
        "وطلبت الوزارة إعادة إرسال النماذج على البريد الالكتروني التالي: "
        "programs@tvtc.gov.sa حيث سيتم الفرز والتواصل مع الشركات خلال أسبوع."
    )
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] == "body"


def test_copyright_words_opening_a_sentence_are_not_a_copyright_line():
    line = "حقوق الطبع والنشر في العصر الرقمي تواجه تحديات كبيرة بحسب خبراء القانون."
    assert kinds(f"{PARA}\n{line}\n{PARA2}") == ["body", "body", "body"]
    assert kinds(f"{PARA}\n© 2024 صحيفة المثال\n")[1] == "copyright"


@pytest.mark.xfail(strict=True, reason="known failure: no footer line before the glued article")
def test_appended_article_without_end_markers():
    page = (
        f"{PARA}\n{PARA2}\nبايدن ونتانياهو يبحثان مقترح وقف إطلاق النار\n"
        "قال البيت الأبيض إن الرئيس ورئيس الوزراء ناقشا خلال اتصال هاتفي الجهود المبذولة للاتفاق.\n"
        "وأضاف البيت الأبيض أنهما ناقشا أيضا أحدث رد من حماس ورحبا بعقد اجتماع في الأسبوع المقبل."
    )
    assert classify_blocks(page, split_blocks(page)).appended == ((2, 5),)


@pytest.mark.parametrize(
    "name",
    sorted({row["name"] for row in load_table("months.tsv")}),
)
def test_every_month_of_the_date_parser_makes_a_dateline(name):
    assert kinds(f"{PARA}\n12 {name} 2023\n{PARA2}")[1] == "dateline"


# --- the footer zone: one cue line does not take the article after it ---

HEADLINE = "السعودية تستضيف قمة عربية طارئة"


@pytest.mark.parametrize("cue", ["المصدر: واس", "Tags: diplomacy, France", "كلمات دلالية: غزة"])
def test_cue_line_under_the_headline_keeps_the_body(cue):
    page = f"{HEADLINE}\n{cue}\n{PARA}\n{PARA2}"
    article = parse(page)
    assert article.text == f"{PARA}\n\n{PARA2}"


def test_footer_stays_closed_for_short_lines_after_a_source():
    page = f"{PARA}\nالمصدر: واس\nالسعودية\nالإمارات"
    assert kinds(page) == ["body", "source", "source", "source"]


def test_footer_stays_closed_after_a_long_copyright_notice():
    notice = "حقوق الطبع والنشر © 2015 موقع الأخبار. جميع الحقوق محفوظة."
    assert kinds(f"{PARA}\n{notice}\n{PARA2}") == ["body", "copyright", "copyright"]


def test_comments_after_a_comment_cue_stay_comments():
    assert kinds(f"{PARA}\nإضافة تعليق جديد\n{PARA2}") == ["body", "comment", "comment"]


def test_appended_article_after_a_source_line_is_still_found():
    page = f"{PARA}\nالمصدر: واس\n{HEADLINE}\n{PARA2}\n{PARA}"
    layout = classify_blocks(page, split_blocks(page))
    assert [k.value for k in layout.kinds] == ["body", "source", "appended", "appended", "appended"]
    assert layout.appended == ((2, 5),)


def test_seed_appended_article_survives_the_footer_rule():
    # Lines 45-79 of the seed page: a source line, then another whole article.
    text = read_corpus_text("seed")
    (appended,) = parse(text).appended
    assert appended.title == "بايدن ونتانياهو يبحثان مقترح وقف إطلاق النار"
    assert text.count("\n", 0, appended.start) + 1 == 45
    assert text.count("\n", 0, appended.end - 1) + 1 == 79


def test_copyright_phrase_inside_a_sentence_is_body():
    line = "وأكد أن كل الحقوق محفوظة للمواطنين."
    assert kinds(f"{PARA}\n{line}\n{PARA2}") == ["body", "body", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "موقع الأخبار. جميع الحقوق محفوظة.",
        "© 2024 موقع الأخبار، جميع الحقوق محفوظة.",
        "Copyright 2020 Al Arabiya. All rights reserved.",
        "جميع الحقوق محفوظة لموقع الأخبار",
    ],
)
def test_copyright_notices_are_copyright(line):
    assert kinds(f"{PARA}\n{line}") == ["body", "copyright"]


# --- contact lines and navigation words ---


@pytest.mark.parametrize(
    "line",
    [
        "هاتف: 0114777714 - فاكس: 0114777715",
        "+966 11 477 7714",
        "Tel: +33 1 45 67 89 00 | Fax: +33 1 45 67 89 01",
        "جوال: 0555123456 / واتساب: 0555123457",
    ],
)
def test_phone_only_lines_are_boilerplate(line):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "وقال إن الرقم 0114777714 مخصص للبلاغات العاجلة من المواطنين.",
        "الرياض 0114777714",
        "10/10/1436 هـ",
    ],
)
def test_lines_with_a_number_and_words_are_not_contact_lines(line):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] != "boilerplate"


@pytest.mark.parametrize("line", ["Next Previous", "التالي السابق", "السابق | التالي"])
def test_a_line_of_navigation_words_is_nav(line):
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] == "nav"


def test_navigation_word_with_other_words_is_not_nav():
    assert kinds(f"{PARA}\nNext week in Riyadh\n{PARA2}")[1] != "nav"


# --- titles: when unsure, body beats title ---


@pytest.mark.parametrize(
    "first",
    [
        # a clause that goes on (ends in a comma)
        "أعلنت وزارة الصحة السعودية اليوم،",
        # a lead of 20 words with no full stop
        "سيطرت فرق الدفاع المدني بمنطقة الباحة عصر اليوم الاثنين على حريق شب في مساحة "
        "كبيرة بسبب الألعاب النارية في القرية",
        # a sentence with a comma inside
        "ليس عيبا أن يخرج الفنان عن النص، بل العيب أن يخرج عن الأدب..!",
    ],
)
def test_a_lead_is_not_taken_for_the_title(first):
    article = parse(f"{first}\n{PARA}\n{PARA2}")
    assert article.title is None
    assert article.text.startswith(first)


def test_a_sentence_broken_over_two_lines_is_not_a_title():
    page = (
        "افتتح أمير المنطقة المعرض الدولي للكتاب نيابة عن\n"
        "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.\n"
        f"{PARA}"
    )
    article = parse(page)
    assert article.title is None
    assert "نيابة عن" in article.text
    assert "الملك سلمان" in article.text


def test_long_headline_with_a_byline_under_it_is_the_title():
    first = (
        "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة "
        "لثورة سودانية ولا حاجة لنستورد شيئا"
    )
    assert kinds(f"{first}\nحوار: آسيا العتروس\n{PARA}")[:2] == ["title", "byline"]


def test_short_headline_is_still_the_title():
    assert parse(f"{HEADLINE}\n{PARA}\n{PARA2}").title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "سلوى المدني- عين اليوم",
        "عسيري -عين اليوم",
        "حامد القرشي – قاسم الزرعي – عين اليوم",
        "نايف عبدالله – سعد الفراج: عين اليوم",
        "Next Previous عين اليوم – واس",
        "Next Previous علي القحطاني",
    ],
)
def test_credit_lines_are_bylines_not_titles(line):
    article = parse(f"{line}\n{PARA}\n{PARA2}")
    assert article.title is None
    assert next(s.kind.value for s in article.segments) == "byline"


def test_hyphenated_words_are_not_a_credit():
    assert parse(f"Anglo-Saudi talks resume\n{PARA}").title == "Anglo-Saudi talks resume"


def test_photo_caption_is_not_the_title():
    article = parse(f"جانب من الحفل\n{PARA}\n{PARA2}")
    assert article.title is None
    assert next(s.kind.value for s in article.segments) == "caption"


@pytest.mark.parametrize("line", ["3601100204", "1005079577", "٤٨٠٦٠٨٠١٠٠٨٩٠٢٦"])
def test_a_bare_number_is_content_not_a_phone_line(line):
    # A list of ID or ticket numbers: no label, no international prefix.
    assert kinds(f"{PARA}\n{line}\n{PARA2}")[1] != "boilerplate"


def test_a_phone_line_with_an_extension_is_boilerplate():
    assert kinds(f"{PARA}\nهاتف 4870000 تحويلة 121-426 - فاكس 4871063\n{PARA2}")[1] == "boilerplate"
