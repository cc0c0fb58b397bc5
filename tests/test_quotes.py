"""Quotations: marks, what is not a quote, cues, speakers, kinds, and parse().

The sentences are real ones from the dev corpus and public news text, cut to the
construction under test.
"""

import pytest

import newsparse
from newsparse import QuoteKind, extract_quotes
from newsparse._marks import opens_paragraph, pair_marks
from newsparse.model import SegmentKind
from newsparse.parse import Piece, _article


def _one(text, **kw):
    quotes = extract_quotes(text, **kw)
    assert len(quotes) == 1, quotes
    q = quotes[0]
    assert text[q.start : q.end] == q.text
    if q.speaker is not None:
        assert text[q.speaker_start : q.speaker_end] == q.speaker
    return q


# -- quote marks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('قال: "نعم للحوار" اليوم', ["نعم للحوار"]),
        ("قال: «نعم للحوار» اليوم", ["نعم للحوار"]),
        ("قال: “نعم للحوار” اليوم", ["نعم للحوار"]),
        ("sagte: „Ja zum Dialog“ heute", ["Ja zum Dialog"]),
        ("er sagte ‚Ja zum Dialog‘ heute", ["Ja zum Dialog"]),
        ("il dit ‹ oui au dialogue › ici", [" oui au dialogue "]),
        ("قال: »نعم للحوار« اليوم", ["نعم للحوار"]),  # reversed
        ("”Parallels Desktop is the easiest app.” ", ["Parallels Desktop is the easiest app."]),
        ('تبذل الجهود " لتأمين إطلاق سراح الرهائن".', [" لتأمين إطلاق سراح الرهائن"]),
        ("the United States’ enduring support, it's ‘a clear path’.", ["a clear path"]),
    ],
)
def test_marks_pair_at_the_character_level(text, inner):
    assert [text[p.open + 1 : p.close] for p in pair_marks(text)] == inner


def test_an_unclosed_mark_ends_with_its_sentence():
    text = 'He warned they will “face every possible consequence., before adding: "We must not let rioters prevail."'
    pairs = pair_marks(text)
    assert [p.closed for p in pairs] == [False, True]
    assert text[pairs[0].open + 1 : pairs[0].close] == "face every possible consequence."


def test_a_nested_pair_stays_inside_its_quotation():
    text = "Sie erklärt: „Viele Medien sprachen von ‘linken Demonstranten’. Das war falsch.“"
    (pair,) = pair_marks(text)
    assert text[pair.close] == "“"


def test_opens_paragraph():
    assert opens_paragraph("“The people of Middlesbrough have been shaken.")
    assert not opens_paragraph("The people “of Middlesbrough”.")
    assert not opens_paragraph("")


# -- what is not a quotation ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'حسب صحيفة "تايمز أوف إسرائيل " عبر موقعها الإلكتروني، نقلا عن بيان لوزارة الخارجية.',
        "وقال لـ «عكاظ» عدد من سكان أحياء السامر إن معاناتهم مستمرة.",
        'دورة تكوينية تحت عنوان: "الإعلام، القوانين، الدين و القيم الديمقراطية" يومي السبت والأحد.',
        'في حينها، قدّر السيد نصر الله ذلك بامتلاك حزب الله "قنبلة ذرية".',
        'البحث في كل ما منع "إسرائيل" من الانقضاض على حزب الله.',
        'ومقاتلي ما يعرف بـ"الدولة الإسلامية في العراق والشام" وجبهة النصرة.',
        "The group were seen holding signs, including “Love and Respect,” and more.",
        "However, the new “FaceTime Attention Correction” feature appears to use image manipulation.",
        "Jüngst hat der Artikel „Warum ein CEO nicht twittern sollte“ für Furore gesorgt.",
        "A new law will introduce a ‘duty of candour for public servants’.",
        'في الندوة الدولية حول "دور الاعلام والمجتمع المدني في ترسيخ السلام" بتونس.',
        "وقّع الشاعر إبراهيم الحسين ديوانه الأول “الشوق أدنى من شعوري” في المعرض.",
    ],
)
def test_names_titles_and_terms_are_not_quotations(text):
    assert extract_quotes(text) == ()


# -- cues and speakers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "kind"),
    [
        # verb first, إنّ and a quoted fragment: a mixed quotation
        (
            'وقال المستشار الألماني أولاف شولتس إن الدول الخمس "ستضمن أن تستطيع إسرائيل '
            'الدفاع عن نفسها"، حسبما كتب على موقع إكس.',
            "المستشار الألماني أولاف شولتس",
            "قال",
            QuoteKind.MIXED,
        ),
        # the addressee (لنظيره) is not the speaker
        (
            "وأكد بلينكن لنظيره الإسرائيلي إيلي كوهين مجدداً أن واشنطن تبذل الجهود "
            '" لتأمين إطلاق سراح جميع الرهائن بشكل فوري".',
            "بلينكن",
            "أكد",
            QuoteKind.MIXED,
        ),
        # a relative clause ends the speaker
        (
            "وقال المسؤول الذي لم يحدد الوجهة التي سيسافر إليها الوفد “أكد رئيس الوزراء "
            "نتانياهو أن الحرب لن تنتهي إلا بعد تحقيق جميع أهدافها”.",
            "المسؤول",
            "قال",
            QuoteKind.MIXED,
        ),
    ],
)
def test_arabic_speaker_cue_and_kind(text, speaker, cue, kind):
    q = _one(text)
    assert (q.speaker, q.cue, q.kind, q.lang) == (speaker, cue, kind, "ar")


def test_a_padded_quotation_is_trimmed():
    text = 'وأكد بلينكن أن واشنطن تبذل الجهود " لتأمين إطلاق سراح جميع الرهائن بشكل فوري".'
    assert _one(text).text == "لتأمين إطلاق سراح جميع الرهائن بشكل فوري"


def test_arabic_subject_first_inside_a_complement():
    text = (
        "وأضاف البيان أن نتانياهو أكد مجددا لبايدن خلال اتصال هاتفي أن إسرائيل لن تنهي "
        "الحرب إلا بعد “تحقيق جميع أهدافها”."
    )
    assert _one(text).speaker in ("البيان", "نتانياهو")


def test_arabic_colon_and_continuation():
    text = (
        "يقول السليمان: «اشتريت علبة زجاجية وقمت بتقطيع الفاكهة».\n"
        "وأضاف: «عمدت بعدها إلى زيادة الكمية وفعلا اشتريت ثلاجة كبيرة»."
    )
    first, second = extract_quotes(text)
    assert (first.speaker, first.kind) == ("السليمان", QuoteKind.DIRECT)
    assert (second.speaker, second.cue) == ("السليمان", "أضاف")


def test_arabic_participle_continues_the_clause():
    text = 'ووصل الوزير إلى القاهرة مساء أمس، مضيفاً أن "المحادثات ستبدأ صباح الغد".'
    q = _one(text)
    assert (q.speaker, q.cue) == ("الوزير", "مضيفاً")


def test_arabic_quote_first_then_cue():
    text = '"لن نقبل بأي اتفاق لا ينهي الحرب"، قال المتحدث باسم الحركة.'
    q = _one(text)
    assert q.speaker == "المتحدث باسم الحركة"
    assert q.kind is QuoteKind.DIRECT


def test_arabic_mixed_fragments_share_their_cue():
    text = (
        'وأعربت الدول الخمس عن "دعمها الثابت والموحد" لإسرائيل "وإدانة لا لبس فيها '
        'لحماس وأعمالها الإرهابية المروعة".'
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["الدول الخمس", "الدول الخمس"]
    assert quotes[0].kind is QuoteKind.MIXED


def test_a_short_mention_takes_the_fullest_name():
    text = (
        'وقال المستشار الألماني أولاف شولتس إن "الدول الخمس ستدافع عن حلفائها".\n'
        'وأكد شولتس أن "الدعم سيستمر مهما طال الزمن".'
    )
    first, second = extract_quotes(text)
    assert second.speaker == first.speaker == "المستشار الألماني أولاف شولتس"
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)


def test_english_quote_first_and_subject_first():
    text = (
        "‘My Government will seek a new partnership with business,’ Charles said.\n"
        "The King added: ‘My ministers will get Britain building.’\n"
        "He said the government pledged full support, providing Ukraine with a ‘clear path’."
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Charles", "The King", "The King"]
    assert [q.kind for q in quotes] == [QuoteKind.DIRECT, QuoteKind.DIRECT, QuoteKind.MIXED]


def test_english_apposition_and_relative_clause():
    text = (
        "Sacha Deshmukh, Amnesty International UK’s chief executive, said: “The violence "
        "we’ve witnessed is utterly unacceptable.”\n"
        "He received a fine as the police officer who made the arrest said he was "
        '"sick and tired of people who think it’s part of my job."'
    )
    first, second = extract_quotes(text)
    assert first.speaker == "Sacha Deshmukh"
    assert second.speaker == "the police officer"


@pytest.mark.parametrize(
    "text",
    [
        "Family doctors have been urged to “remain vigilant, particularly when travelling”.",
        "The atmosphere is “very aggressive” and police have been praised as calm.",
    ],
)
def test_an_agentless_passive_names_nobody(text):
    assert _one(text).speaker is None


def test_english_multi_paragraph_quotation_gives_one_quote_per_paragraph():
    text = (
        "Sacha Deshmukh said: “The widespread violence is utterly unacceptable.\n"
        "“The racist violence has been preceded by scapegoating.\n"
        "“What we are seeing are clearly violent racist attacks.”"
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Sacha Deshmukh"] * 3
    assert quotes[0].text == "The widespread violence is utterly unacceptable."


def test_english_heading_and_attribution_line():
    text = (
        "The King's Speech 2024 full transcript\n"
        "‘My Lords and Members of the House of Commons.\n"
        "‘My Government will govern in service to the country.’"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["The King", "The King"]
    text = (
        "“Unlike Apple’s Boot Camp, Parallels lets you run both operating systems at the same time.”\n"
        "Larry Magid, Forbes"
    )
    assert _one(text).speaker == "Larry Magid"


def test_german_colon_name_and_inverted_pronoun():
    text = (
        "Die ganze Welt wird nach Katar schauen, auch er, Benjamin Näßler: «Ich bin "
        "Fussballfan und ich bin schwul.»\nWeiter schreibt er: «Doch ich habe grosse Bedenken.»"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Benjamin Näßler"] * 2


def test_a_short_sentence_is_not_a_title():
    assert _one("Merkel sagte: „Das ist gut“.").speaker == "Merkel"


def test_a_short_term_needs_a_cue():
    assert _one("Keir Starmer has pledged a “standing army” of specialist police.").speaker == (
        "Keir Starmer"
    )
    assert extract_quotes("Crowds were seen forming a “protective ring” outside.") == ()


# One construction per row: the text and the speaker it must give.
SPEAKERS = [
    pytest.param(
        "وقالت الصحيفة إن البيان الأمريكي لم يكشف سوى القليل، لكنه أوضح أن الوزيرين بحثا "
        '"دعم الولايات المتحدة لإسرائيل في دفاعها عن نفسها".',
        "البيان الأمريكي",
        id="arabic_pronoun_on_a_conjunction",
    ),
    pytest.param(
        "“This is a historic day,” Sen. Chuck Schumer, D-N.Y., said on the Senate floor.",
        "Chuck Schumer",
        id="english_abbreviations_and_apposition",
    ),
    pytest.param(
        "Laut Innenminister Horst Seehofer ist die Lage „sehr ernst“.",
        "Innenminister Horst Seehofer",
        id="german_laut",
    ),
    pytest.param(
        '"لن نسمح بتكرار ما حدث في الماضي"، بحسب ما أفاد المتحدث باسم الوزارة.',
        "المتحدث باسم الوزارة",
        id="arabic_frame_then_verb",
    ),
    pytest.param(
        "«Lasst uns gemeinsam für die Rechte Homosexueller einstehen», plädiert Näßler am Ende.",
        "Näßler",
        id="german_quote_first_inverted",
    ),
    pytest.param(
        (
            "وتوعّدت المتحدثة الرسمية باسم الخارجية الروسية، ماريا زاخاروفا، قبل أيام، بتدمير "
            'المعدات العسكرية، مضيفةً أنّ "الأسلحة الغربية لن تستطيع إنقاذ النظام من الانهيار".'
        ),
        "المتحدثة الرسمية باسم الخارجية الروسية",
        id="arabic_participle_continues_the_sentence_subject",
    ),
    pytest.param(
        'ونقلت رويترز عن مسؤول حكومي قوله إن "الوفد سيغادر مساء الخميس إلى القاهرة".',
        "مسؤول حكومي",
        id="arabic_source_transfer_names_the_original_speaker",
    ),
    pytest.param(
        'وأضافت  الخارجيةفي بيان أن بلينكن "أكد مجدداً جهودنا لضمان الإفراج الفوري".',
        "الخارجية",
        id="arabic_glued_fi_before_a_setting_is_cut_from_the_speaker",
    ),
    pytest.param(
        "جاء في لسان العرب: « (الرّكْزُ): غَرْزُك شيئاً منتصباً كالرّمح ونحوه».",
        "لسان العرب",
        id="arabic_document_frame",
    ),
    pytest.param(
        'According to the ministry, "the talks were constructive and will go on."',
        "the ministry",
        id="english_according_to",
    ),
    pytest.param(
        (
            "« Il faut penser ensemble les moyens à mettre en œuvre », glisse Zineb, "
            "étudiante en littérature française."
        ),
        "Zineb",
        id="french_quote_first_inverted",
    ),
    pytest.param(
        "The head of the NHS has condemned the “deplorable thuggery” seen in some towns.",
        "The head of the NHS",
        id="english_head_of_an_organisation",
    ),
    pytest.param(
        (
            "Jüngst hat der Artikel „Warum ein CEO nicht twittern sollte“ von Jürgen Braatz im "
            "PR-Report für Furore gesorgt.\n"
            "Er argumentiert darin, Geschäftsführer seien „grundsätzlich nicht im richtigen "
            "Verhalten auf Social Media geschult“."
        ),
        "Jürgen Braatz",
        id="german_pronoun_points_to_the_name_in_the_previous_paragraph",
    ),
    pytest.param(
        (
            "Marie-Pierre Dausse, professeur d’histoire, défend son point de vue. « Cette loi, "
            "c’est le démantèlement des services publics, affirme-t-elle. Je crois en une "
            "université publique. »"
        ),
        "Marie-Pierre Dausse",
        id="french_incise_points_back_to_the_name",
    ),
    pytest.param(
        "وقالت الصحيفة: «إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة».",
        "الصحيفة",
        id="a_newspaper_before_a_colon_speaks",
    ),
    pytest.param(
        'ونقلت الشاحنات المعدات إلى الموقع، وقال المدير: "العمل سينتهي قريبا جدا".',
        "المدير",
        id="naql_is_a_cue_only_with_a_source",
    ),
    pytest.param(
        "وقال أوباما إن الاتفاق تاريخي. أما كيري فقال إن « الاتفاق يخدم مصالح الجميع بلا شك ».",
        "كيري",
        id="arabic_topic_before_a_glued_fa_verb",
    ),
    pytest.param(
        (
            "ويعلم إيدي هاو مدرب الفريق ما ينتظر فريقه في المسابقة حيث قال: "
            "«لنكن صادقين مع أنفسنا، نحن لن نستطيع منافسة الأندية الكبرى»."
        ),
        "إيدي هاو مدرب الفريق",
        id="arabic_haythu_qala_takes_the_sentence_subject",
    ),
    pytest.param(
        (
            'وقال المصدر، الذي طلب عدم كشف اسمه، "تم تأجيل الزيارة الى موعد لاحق"، '
            "رافضا التعليق على سبب التأجيل."
        ),
        "المصدر",
        id="arabic_verbal_noun_after_adam_is_not_a_cue",
    ),
    pytest.param(
        ('واعلنت نقابة "ايه اف ال-سي آي او" انه "من الواضح ان الاتفاق لن يؤدي الى انشاء وظائف".'),
        'نقابة "ايه اف ال-سي آي او"',
        id="arabic_union_name_in_marks_is_part_of_the_speaker",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker(text, speaker):
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        'ولعله كما قيل "بالمثال يتضح المقال". فمثلا خصخصت المملكة المتحدة مراكز الرعاية.',
        'وقال الوزير إن الخطة جاهزة.\nحتى قيل في اللهجة السعودية: "حايل، والعقال مايل".',
    ],
)
def test_an_arabic_passive_verb_names_nobody(text):
    assert _one(text).speaker is None


def test_an_auxiliary_verb_carries_the_last_speaker():
    text = (
        'وقال المفتي العام: "هذه الجماعة المتطرفة لا تمثل الإسلام".\n'
        'ومضى يقول: "واجب الدعاة والعلماء الكشف عن هذه الفئة الضالة".'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["المفتي العام", "المفتي العام"]


def test_an_event_name_after_fa3aliyat_is_not_a_quote():
    text = (
        'وأوضح مدير فرع الجمعية أن المعرض الذي يأتي ضمن فعاليات " صيف أبها يجمعنا " '
        "يتضمن لوحات المشاركين."
    )
    assert extract_quotes(text) == ()


# -- indirect speech, parse() and errors --------------------------------------------


def test_indirect_speech_is_behind_an_option():
    text = "قال البيت الأبيض إن الرئيس ناقش الجهود المبذولة لوقف إطلاق النار."
    assert extract_quotes(text) == ()
    q = _one(text, indirect=True)
    assert q.kind is QuoteKind.INDIRECT
    assert q.speaker == "البيت الأبيض"
    assert q.text == "الرئيس ناقش الجهود المبذولة لوقف إطلاق النار."
    q = _one("The minister said that the talks would go on next week.", indirect=True)
    assert (q.speaker, q.text) == ("The minister", "the talks would go on next week.")


def test_parse_fills_article_quotes_and_the_indirect_switch():
    text = 'وقال الوزير: "سنواصل العمل حتى النهاية".\n\nوأضاف أن الاجتماع كان مثمرا.'
    article = newsparse.parse(text)
    assert [q.speaker for q in article.quotes] == ["الوزير"]
    kinds = [q.kind for q in newsparse.parse(text, indirect_quotes=True).quotes]
    assert kinds == [QuoteKind.DIRECT, QuoteKind.INDIRECT]


def test_parse_takes_quotes_from_body_pieces_only():
    body = 'وقال الوزير: "سنواصل العمل حتى النهاية".'
    embed = '"We will keep working until the very end of this," he wrote.'
    text = f"{body}\n{embed}"
    pieces = [
        Piece(0, len(body), SegmentKind.BODY),
        Piece(len(body) + 1, len(text), SegmentKind.EMBED),
    ]
    article = _article(text, pieces, 0, len(text))
    assert [q.text for q in article.quotes] == ["سنواصل العمل حتى النهاية"]


@pytest.mark.parametrize("bad", [b"bytes", None, 3])
def test_non_str_input_raises_type_error(bad):
    with pytest.raises(TypeError, match="extract_quotes"):
        extract_quotes(bad)


def test_an_acronym_spelled_in_arabic_letters_is_a_name():
    text = "ولم يفصح عن الأسلحة إلا أنه ذكر أن من ضمنها عربات « بي إم بي »، وأسلحة نوعية."
    assert extract_quotes(text) == ()
    assert _one('وقال المتحدث: "سي إن إن تنشر الأكاذيب دائما".').speaker == "المتحدث"
