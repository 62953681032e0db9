from pathlib import Path

from eventwire.ontology import get_ontology

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_every_codebook_code_resolves() -> None:
    onto = get_ontology()
    lines = (SHARED / "peers/cameo/gdelt_lookups/CAMEO.eventcodes.txt").read_text().splitlines()[1:]
    codes = [line.split("\t")[0] for line in lines if line.strip()]
    assert len(codes) == 310
    for code in codes:
        cameo = onto.cameo(code)
        assert cameo.code == code and cameo.name
        assert cameo.root == code[:2] and cameo.base == code[:3] if len(code) > 2 else code
        assert -10 <= cameo.goldstein <= 10
        assert cameo.quad_class in (1, 2, 3, 4)
        plover = onto.plover(code)
        if cameo.root in ("01", "02"):
            assert plover.type is None
        else:
            assert plover.type is not None, code


def test_quad_class_and_leading_zeros() -> None:
    onto = get_ontology()
    assert onto.cameo("036").quad_class == 1
    assert onto.cameo("061").quad_class == 2
    assert onto.cameo("112").quad_class == 3
    assert onto.cameo("190").quad_class == 4
    assert onto.plover("036").type == "AGREE"
    assert onto.plover("190").type == "ASSAULT"
    assert onto.plover("041").mode == "phone"
    assert "36" not in onto


def test_converter_is_reproducible(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "cameo.jsonl"
    subprocess.run(
        [sys.executable, str(root / "tools/convert_ontology.py"), "--shared", str(SHARED),
         "--out", str(out)],
        check=True, capture_output=True,
    )
    assert out.read_text() == (root / "eventwire/data/cameo.jsonl").read_text()
