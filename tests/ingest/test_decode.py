"""decode_bytes: every Chinese encoding we meet decodes; binary and garbage raise ImportProblem."""

import pytest

from haowen.ingest.decode import ImportProblem, decode_bytes

TEXT = "关于开展安全生产大检查的通知\n各乡镇人民政府：\n为加强安全生产工作，现将有关事项通知如下。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gbk", "gb18030", "utf-32"])
def test_it_decodes_each_encoding(encoding):
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_it_strips_the_bom():
    assert not decode_bytes(TEXT.encode("utf-8-sig")).startswith("\ufeff")
    assert not decode_bytes(TEXT.encode("utf-16")).startswith("\ufeff")


def test_it_decodes_gbk_with_ascii_and_full_width_mix():
    text = "2023年GDP增长5.2%，ＸＸ县完成投资12.5亿元。\r\n"
    assert decode_bytes(text.encode("gbk")) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, ".doc"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (bytes(range(256)) * 4, "NUL"),
        (b"\x00\x01\x02\x03" * 20, "NUL"),
        (b"ok\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f ok", "control characters"),
        (b"\x81\x20" * 50, "cannot decode"),
    ],
)
def test_it_refuses_binary_and_undecodable_input(data, reason):
    with pytest.raises(ImportProblem) as exc:
        decode_bytes(data)
    assert reason in str(exc.value)


def test_it_never_returns_mojibake_for_latin1():
    with pytest.raises(ImportProblem, match="cannot decode"):
        decode_bytes("café naïve crème brûlée à la carte".encode("latin-1"))
