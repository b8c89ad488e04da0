"""Archive sheets as PDF/A-2b, checked by reading the file's structure back with pypdf: XMP
identification agreeing with the Info dictionary, an sRGB output intent, every font embedded, no
encryption."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from agentbook.domain import enums as E
from agentbook.domain.models import Customer
from agentbook.exporters.archive_sheets import export_batch, export_sheet

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


@pytest.fixture
def sheets(demo_store, tmp_path):
    """A one-customer sheet with rare characters (fallback fonts) and a batch with bookmarks."""
    rare = demo_store.customers.create(Customer("王𡘙明", gender=E.Gender.MALE, mobile="13812345678"))
    ids = [c.id for c in demo_store.customers.find("1 = 1", ())][:5]
    return [
        export_sheet(demo_store, rare.id, tmp_path / "one.pdf"),
        export_batch(demo_store, ids, tmp_path / "batch.pdf").files[0],
    ]


def _xmp(reader: PdfReader) -> ET.Element:
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    assert (stream["/Type"], stream["/Subtype"]) == ("/Metadata", "/XML")
    assert "/Filter" not in stream  # readable without PDF filters
    return ET.fromstring(stream.get_data().decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])


def _text(root: ET.Element, path: str) -> str:
    found = root.find(f".//{path}", NS)
    assert found is not None, path
    return found.text or ""


def _pdf_date(value: str) -> datetime:
    return datetime.strptime(value[2:16], "%Y%m%d%H%M%S")


def test_identification_in_xmp_agrees_with_the_info_dictionary(sheets):
    for path in sheets:
        reader = PdfReader(path)
        xmp = _xmp(reader)
        assert _text(xmp, "pdfaid:part") == "2" and _text(xmp, "pdfaid:conformance") == "B"
        info = reader.trailer["/Info"].get_object()
        assert _text(xmp, "dc:title/rdf:Alt/rdf:li") == info["/Title"]
        assert _text(xmp, "dc:creator/rdf:Seq/rdf:li") == info["/Author"]
        assert _text(xmp, "dc:description/rdf:Alt/rdf:li") == info["/Subject"]
        assert _text(xmp, "xmp:CreatorTool") == info["/Creator"]
        assert _text(xmp, "pdf:Producer") == info["/Producer"]
        assert _text(xmp, "pdf:Keywords") == info["/Keywords"]
        for key, prop in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
            assert datetime.fromisoformat(_text(xmp, prop)).replace(tzinfo=None) == _pdf_date(info[key])
    assert "王𡘙明" in _text(_xmp(PdfReader(sheets[0])), "dc:title/rdf:Alt/rdf:li")


def test_an_srgb_output_intent_with_its_icc_profile(sheets):
    for path in sheets:
        reader = PdfReader(path)
        [intent] = [i.get_object() for i in reader.trailer["/Root"]["/OutputIntents"]]
        assert (intent["/Type"], intent["/S"]) == ("/OutputIntent", "/GTS_PDFA1")
        assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
        profile = intent["/DestOutputProfile"].get_object()
        icc = profile.get_data()
        assert profile["/N"] == 3 and icc[36:40] == b"acsp" and icc[16:20] == b"RGB "  # an RGB ICC profile
        assert reader.pdf_header >= "%PDF-1.5"  # the profile is ICC version 4
        assert icc[8] == 4


def _fonts(resources, seen: set[int]) -> list:
    """Every font of a resource dictionary and of the form XObjects in it, recursively."""
    found = []
    resources = resources.get_object() if resources is not None else {}
    for ref in (resources.get("/Font") or {}).values():
        found.append(ref.get_object())
    for ref in (resources.get("/XObject") or {}).values():
        key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
        if key in seen:
            continue
        seen.add(key)
        found += _fonts(ref.get_object().get("/Resources"), seen)
    return found


def test_every_font_is_embedded_and_symbolic_truetype_as_pdfa_wants(sheets):
    for path in sheets:
        reader = PdfReader(path)
        fonts: dict[str, object] = {}
        seen: set[int] = set()
        for page in reader.pages:
            for font in _fonts(page.get("/Resources"), seen):
                fonts[str(font["/BaseFont"])] = font
        assert fonts
        for name, font in fonts.items():
            assert font["/Subtype"] == "/TrueType", name
            descriptor = font["/FontDescriptor"].get_object()
            program = descriptor["/FontFile2"].get_object().get_data()  # embedded
            assert descriptor["/Flags"] & 4 and "/Encoding" not in font, name  # symbolic, no Encoding
            cmaps = TTFont(io.BytesIO(program))["cmap"].tables
            assert len(cmaps) == 1 or any((t.platformID, t.platEncID) == (3, 0) for t in cmaps), name
        if path.name == "one.pdf":
            assert any("+HanaMinB" in name for name in fonts)


def test_no_encryption_and_a_file_identifier(sheets):
    for path in sheets:
        reader = PdfReader(path)
        assert not reader.is_encrypted and "/Encrypt" not in reader.trailer
        identifier = reader.trailer["/ID"]
        assert len(identifier) == 2 and all(len(part.original_bytes) == 16 for part in identifier)
        catalog = reader.trailer["/Root"]
        assert "/AA" not in catalog and "/OpenAction" not in catalog and "/Names" not in catalog  # no scripts
        with path.open("rb") as handle:
            head = handle.read(20)
        assert head.startswith(b"%PDF-1.") and all(b > 127 for b in head.split(b"\n")[1][1:5])  # binary marker
