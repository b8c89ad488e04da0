"""Which kind of paper a scan is, proposed from the words OCR found on it (自动分类).

Pure rules, no model: each category has title words that decide it almost alone (a 诊断证明书
says so at the top) and supporting words that add weight (门诊号, 临床诊断). The highest score
wins if it clears a floor; otherwise 其他. The result is a proposal the agent confirms; the
category words are those of ``domain.attachments.CATEGORIES`` so a confirmed proposal ticks the
claim's materials checklist exactly like a category chosen by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OTHER = "其他"
MIN_SCORE = 3  # one title word (3) or three supporting words


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    titles: tuple[str, ...]  # words that name the document: 3 points each
    words: tuple[str, ...]  # words typical of its body: 1 point each
    pattern: str = ""  # a shape typical of it (a card number): 2 points


# fmt: off
RULES: tuple[Rule, ...] = (
    Rule("身份证件", ("居民身份证", "公民身份号码"), ("姓名", "性别", "民族", "出生", "住址", "签发机关", "有效期限"),
         r"\d{17}[\dX]"),
    Rule("投保单", ("投保单", "投保书", "投保申请"), ("投保人", "被保险人", "告知", "签名", "受益人", "健康告知")),
    Rule("保单", ("保险单", "保单号", "电子保单", "保险合同"),
         ("投保人", "被保险人", "保险金额", "保险费", "生效日", "保险期间")),
    Rule("诊断证明", ("诊断证明", "疾病证明", "诊断书"),
         ("门诊号", "住院号", "临床诊断", "诊断", "医师", "处理意见", "医院", "科室")),
    Rule("费用清单", ("费用清单", "费用明细", "收费票据", "医疗费用", "结算单"),
         ("金额", "数量", "单价", "合计", "自付", "医保", "药品", "床位费")),
    Rule("事故照片", ("事故认定", "现场照片", "事故照片"), ("交通事故", "车牌", "现场", "碰撞", "交警")),
    Rule("银行卡信息", ("银联", "借记卡", "储蓄卡", "信用卡", "UnionPay"), ("银行", "卡号", "有效期", "VALID", "THRU"),
         r"(?<!\d)(?:\d{4}[ -]?){3}\d{4,7}(?!\d)"),
)


def _folded(text: str) -> str:
    """One line of text without the spaces and full-width colons OCR puts in unpredictably."""
    return re.sub(r"\s+", "", text).replace("：", ":").upper()


def scores(text: str) -> dict[str, int]:
    """Every category's score for *text* (for tests and for explaining a proposal)."""
    folded = _folded(text)
    found: dict[str, int] = {}
    for rule in RULES:
        score = sum(3 for w in rule.titles if w.upper() in folded)
        score += sum(1 for w in rule.words if w.upper() in folded)
        if rule.pattern and re.search(rule.pattern, folded):
            score += 2
        found[rule.category] = score
    return found


def propose_category(text: str, *, is_photo: bool = False) -> str:
    """The category the text suggests, or 其他; a photo with hardly any text is an 事故照片 proposal.

    *is_photo*: the file is an image (not a PDF); a camera picture of a scene carries little text.
    """
    found = scores(text)
    best = max(found, key=lambda c: (found[c], -list(found).index(c)))
    if found[best] >= MIN_SCORE:
        return best
    if is_photo and len(_folded(text)) < 12:
        return "事故照片"
    return OTHER
