import newsparse


def test_all_is_sorted_and_importable():
    assert newsparse.__all__ == sorted(newsparse.__all__)
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name
