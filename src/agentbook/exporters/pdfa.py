"""PDF/A-2b for the archive sheets: paper files are kept for decades, and so may their PDFs be.

ISO 19005-2 level B asks that a file render the same in the future without anything outside it.
reportlab writes most of that already — every font embedded (TrueType subsets, ``pdf_fonts``), no
encryption, no JavaScript, a file identifier — and this module adds the rest just before the file
is written:

- an XMP metadata stream that names the part and conformance (``pdfaid:part`` 2,
  ``pdfaid:conformance`` B) and repeats the document information dictionary (title, author,
  subject, keywords, creator tool, producer, dates) with the same values, as the standard requires;
- an output intent with an embedded sRGB ICC profile, which makes the DeviceRGB colours the
  sheets are drawn in device-independent (``resources/icc/sRGB.icc``: lcms2's built-in sRGB,
  written once with Pillow's ``ImageCms.createProfile("sRGB")``; the bundle leaves Pillow's
  colour management out, so the profile is a file);
- PDF 1.7 in the header (the ICC profile is version 4, which PDF 1.4 predates).

A character no font has is drawn as 〓 (``pdf_fonts.MISSING_MARK``), so no glyph is ever missing
from an embedded font — which PDF/A also forbids.
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from agentbook.assets import asset_path

SRGB = "sRGB IEC61966-2.1"
PDF_VERSION = (1, 7)


class _UnfilteredStream(pdfdoc.PDFStream):
    """A stream written as it is, without a Filter key: PDF/A wants the XMP readable by tools that
    know no PDF filters (reportlab writes ``/Filter []`` for a stream given no filters)."""

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        dictionary = pdfdoc.PDFDictionary(self.dictionary.dict.copy())
        content = document.encrypt.encode(self.content)
        dictionary["Length"] = len(content)
        return pdfdoc.format(dictionary, document) + b"\nstream\n" + pdfdoc.format(content, document) + b"endstream\n"


@functools.cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile (version 4, 588 bytes), read once per process."""
    return asset_path("icc", "sRGB.icc").read_bytes()


def _xmp_date(stamp: object) -> str:
    """reportlab's document time stamp in XMP's form, the same moment its Info dates show."""
    year, month, day, hour, minute, second = stamp.YMDhms  # type: ignore[attr-defined]
    dhh, dmm = stamp.dhh, stamp.dmm  # type: ignore[attr-defined]
    zone = "Z" if dhh == 0 and dmm == 0 else f"{'+' if dhh >= 0 else '-'}{abs(dhh):02d}:{dmm:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{zone}"


def xmp_packet(info: pdfdoc.PDFInfo, stamp: object) -> bytes:
    """The XMP metadata of a PDF/A-2b file whose Info dictionary is *info*."""
    when = _xmp_date(stamp)
    text = {k: escape(str(getattr(info, k))) for k in ("title", "author", "subject", "keywords", "creator", "producer")}
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text["title"]}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text["author"]}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text["subject"]}</rdf:li></rdf:Alt></dc:description>
   <pdf:Keywords>{text["keywords"]}</pdf:Keywords>
   <pdf:Producer>{text["producer"]}</pdf:Producer>
   <pdf:Trapped>{escape(str(info.trapped))}</pdf:Trapped>
   <xmp:CreatorTool>{text["creator"]}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def make_pdfa(canv: Canvas) -> None:
    """Add what PDF/A-2b needs beyond what reportlab writes; call after the last page is drawn and
    the title is final, before the canvas is saved."""
    doc = canv._doc
    doc._pdfVersion = max(tuple(doc._pdfVersion), PDF_VERSION)
    metadata = _UnfilteredStream(content=xmp_packet(doc.info, doc._timeStamp))
    metadata.dictionary["Type"] = pdfdoc.PDFName("Metadata")
    metadata.dictionary["Subtype"] = pdfdoc.PDFName("XML")
    canv.setCatalogEntry("Metadata", metadata)
    profile = pdfdoc.PDFStream(content=srgb_profile(), filters=[pdfdoc.PDFZCompress])
    profile.dictionary["N"] = 3
    intent = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("OutputIntent"),
            "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString(SRGB),
            "Info": pdfdoc.PDFString(SRGB),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog = doc.Catalog
    # reportlab writes only the catalog keys its class lists; OutputIntents is not among them.
    catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]
    canv.setCatalogEntry("OutputIntents", pdfdoc.PDFArray([intent]))
