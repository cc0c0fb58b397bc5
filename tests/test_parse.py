"""The pipeline's own duties (the stages have their own tests)."""

import newsparse


def test_appended_blocks_have_the_same_clean_text_as_on_the_page(seed_text):
    article = newsparse.parse(seed_text)
    (other,) = article.appended
    on_page = {(s.start, s.end): s for s in article.segments}
    inner = [s for s in other.segments if s.kind != "blank"]
    assert inner
    for seg in inner:
        page_seg = on_page[(seg.start, seg.end)]
        assert page_seg.kind == "appended"
        assert (seg.text, seg.lang) == (page_seg.text, page_seg.lang)
    glued = next(s for s in inner if "اقرأ أيضاًالعالم" in seed_text[s.start : s.end])
    assert "أيضاً العالم" in glued.text
