"""Embedding the CJK font in many small PDFs without paying for it each time.

reportlab embeds a TrueType font as subsets of at most 256 glyphs, in the order characters are
first used, and builds and compresses each subset at save time: for a typical sheet (~400
distinct characters, two subsets) that was 10 of the 16 ms it took to write one file, which put
a folder of 1,000 one-customer PDFs at 16 s.

So every document starts by "using" a fixed alphabet — the form's own labels and the commonest
characters of names, addresses and insurance products — that fills exactly the first two subsets.
Those two are then the same in every file and their finished font programs are made once per
process; only the few characters outside the alphabet go into a small third subset. Each PDF
still embeds everything it shows and nothing is shared between files.
"""

from __future__ import annotations

import functools
import threading
import zlib
from weakref import WeakKeyDictionary, WeakSet

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont

from agentbook.domain import enums as E
from agentbook.domain.enums import LabeledEnum

SEEDED_CODES = 0x200  # two subsets of 256 codes

# The form itself: titles, labels, column headers, footer and statement (see pdf_sheet/pdf_page).
FORM_TEXT = (
    "客户档案表打印日期档案编号第页共一二三四五六七八九十、基本信息家庭与关系需求偏好保单缴费记录理赔沟通知情同意备注"
    "姓名称类型性别出生证件号码手机固定电话微信子邮箱职业工作单位年收入状态风险等级价值来源标签建保存至地址企业所属行联系人"
    "营业续无未记录与本有保障承受能力健康财务况公司产品险种投被益比例额元费生效到期法定终身顺位方式已期数合计最近下应逾欠"
    "最早编出案报原因申请金赔付材料时间目的内容结果跟进完成待同范围敏感单独是否含个仅限管理使用请妥善不得外传脱完整"
    "经办签字核对以上确认真实准确已入操作日志"
)
# The commonest characters of surnames, given names, addresses, products and contact notes.
COMMON_TEXT = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安"
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华玉兰桂霞平刚辉鹏飞斌宇浩凯健俊帆晨阳欣怡婷雪琳晶颖慧佳嘉轩梓涵睿博思雨萱"
    "琪瑶航昊然宏志国建新红梅海波春燕荣凤云亮峰成忠德福龙小晓丹秋月倩雅婉淑秀宁欢乐天亚东南西北中心路街道区县市省镇乡"
    "村巷弄楼栋元室层园苑府大厦广场京津沪渝河山辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青藏疆蒙港澳台湾深圳杭州宁武汉都"
    "朝阳海淀浦滨江湖岛门台庄屯沟坊里花城镇开发科技有限责任股份集团贸易商咨询服务网络传媒设计装饰建筑工程物流医院学校"
    "寿养老年重疾医疗两全分红万能投资理教育少儿团体车交强附加住门诊津贴豁免计划利福守护安心康乐享鑫盈尊御臻"
    "满意再次考虑处理解释回访生祝福节问候提醒进度提交资料转达续保介绍新旧客户见面讲规划缺口补充子女传承房贷"
)

_lock = threading.Lock()
_seed: list[str] = []
_seeded_state: list = []  # (assignments, subsets, nextCode) of a freshly seeded document
_seeded_docs: WeakSet = WeakSet()  # documents whose first two subsets are the fixed alphabet
# Text made only of the fixed alphabet encodes the same in every seeded document: its text
# operators are worked out once per process (a folder of 1,000 files repeats every label 1,000 times).
_shared_text: dict[str, list[tuple[int, str]]] = {}
_cacheable: set[tuple[int, ...]] = set()
_seeded_codes: set[int] = set()
_objects: dict[tuple[str, tuple[int, ...]], tuple[bytes, int, bytes, bytes]] = {}


def _seed_chars() -> list[str]:
    """The alphabet in a fixed order: enum labels first, then the form, then the common characters."""
    if not _seed:
        labels = "".join(m.label for cls in vars(E).values() if _is_labeled(cls) for m in cls)
        seen: dict[str, None] = {}
        for ch in labels + FORM_TEXT + COMMON_TEXT:
            if ord(ch) > 0x7F:
                seen.setdefault(ch, None)
        _seed.extend(seen)
    return _seed


def _is_labeled(obj: object) -> bool:
    return isinstance(obj, type) and issubclass(obj, LabeledEnum) and obj is not LabeledEnum


class _Preformatted(pdfdoc.PDFObject):
    """A PDF value formatted once and reused in every document."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return self.data


class SheetFont(TTFont):
    """``TTFont`` whose first two subsets are the fixed alphabet, embedded from a per-process cache."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803 - reportlab's name
        super().__init__(name, filename, subfontIndex=subfontIndex)
        # makeSubset copies the same hinting and header tables into every subset; the font file
        # does not change, so slicing them out once is enough.
        self.face.get_table = functools.cache(self.face.get_table)
        self.seeded = False  # the main font is; the fallbacks for rare characters are not
        self._doc_text: WeakKeyDictionary = WeakKeyDictionary()  # per document: text → its operators

    def seed(self, doc: pdfdoc.PDFDocument) -> None:
        """Make this font's first two subsets in *doc* the fixed alphabet (call before any text)."""
        self.seeded = True
        state = self._assignState(doc)  # reportlab's hook "for those wishing to roll their own state"
        if state.nextCode > 1:
            return  # the document has used the font already: leave its subsets as they are
        if _seeded_state:  # copying the finished assignments is ten times quicker than redoing them
            assignments, subsets, next_code = _seeded_state
            state.assignments = dict(assignments)
            state.subsets = [list(subset) for subset in subsets]
            state.nextCode = next_code
            _seeded_docs.add(doc)
            return
        for ch in _seed_chars():
            if state.nextCode >= SEEDED_CODES:
                break
            self.splitString(ch, doc)
        if state.nextCode >= SEEDED_CODES:
            with _lock:
                if not _seeded_state:
                    _cacheable.update(tuple(subset) for subset in state.subsets[:2])
                    _seeded_state.extend(
                        (dict(state.assignments), [list(subset) for subset in state.subsets], state.nextCode)
                    )
                    _seeded_codes.update(state.assignments)
            _seeded_docs.add(doc)

    def encode(self, text: str, doc: pdfdoc.PDFDocument) -> list[tuple[int, str]]:
        """*text* as (subset, ``(…) Tj`` operator) pieces for *doc*, remembered per document — and
        across documents when every character is in the fixed alphabet."""
        per_doc = self._doc_text.get(doc)
        if per_doc is None:
            per_doc = self._doc_text[doc] = {}
        pieces = per_doc.get(text)
        if pieces is not None:
            return pieces
        shared = doc in _seeded_docs and self.seeded and all(ord(ch) in _seeded_codes for ch in text)
        pieces = _shared_text.get(text) if shared else None
        if pieces is None:
            pieces = [(subset, f"({escapePDF(chunk)}) Tj") for subset, chunk in self.splitString(text, doc)]
            if shared:
                if len(_shared_text) > 100_000:
                    _shared_text.clear()
                _shared_text[text] = pieces
        per_doc[text] = pieces
        return pieces

    def subset_name(self, doc: pdfdoc.PDFDocument, subset: int) -> str:
        """The PDF name of one of this font's subsets in *doc* (``/F1+0``)."""
        return self.getSubsetInternalName(subset, doc)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 - reportlab's name
        """As ``TTFont.addObjects``, taking the seeded subsets' finished objects from the cache."""
        state = self._assignState(doc)
        state.frozen = 1
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            widths, length, program, cmap = self._objects_for(base, subset)
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = _Preformatted(widths)
            font.ToUnicode = doc.Reference(_packed_stream(cmap), "toUnicodeCMap:" + base)
            font_file = _packed_stream(program)
            font_file.dictionary["Length1"] = length
            font.FontDescriptor = doc.Reference(self._descriptor(doc, base, font_file), "fontDescriptor:" + base)
            doc.Reference(font, internal)
            fonts[internal] = font
        del self.state[doc]

    def _objects_for(self, base: str, subset: list[int]) -> tuple[bytes, int, bytes, bytes]:
        key = (base, tuple(subset))
        found = _objects.get(key)
        if found is not None:
            return found
        widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset))).format(None)
        program = self.face.makeSubset(subset)
        cmap = to_unicode_cmap(base, subset).encode("utf-8")
        made = (widths, len(program), zlib.compress(program), zlib.compress(cmap))
        if key[1] in _cacheable:
            with _lock:
                _objects[key] = made
        return made

    def _descriptor(self, doc: pdfdoc.PDFDocument, base: str, font_file: pdfdoc.PDFStream) -> pdfdoc.PDFDictionary:
        face = self.face
        return pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(base),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": doc.Reference(font_file, f"fontFile:{face.filename}({base})"),
                "MissingWidth": face.defaultWidth,
            }
        )


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one subset, as reportlab's ``makeToUnicodeCMap`` writes it but with
    each character in UTF-16BE as the PDF standard asks: reportlab writes ``<20BB7>`` for 𠮷,
    which no reader can decode, so characters beyond the BMP (CJK Extension B and later) would
    drop out of the text layer (search, copy, accessibility)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({name})",
        f"/Ordering ({name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _packed_stream(packed: bytes) -> pdfdoc.PDFStream:
    stream = pdfdoc.PDFStream(content=packed)
    stream.dictionary["Filter"] = pdfdoc.PDFName("FlateDecode")
    return stream
