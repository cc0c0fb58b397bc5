import pytest

import newsparse


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), None, 42, ["list"]])
def test_parse_refuses_non_str(bad):
    with pytest.raises(TypeError, match="takes a str"):
        newsparse.parse(bad)


def test_bytes_message_says_decode():
    with pytest.raises(TypeError, match="decode it first"):
        newsparse.parse(b"\xd9\x82")
