"""A body whose name lists its remit after a connector: "the Ministry of Trade, Industry and Fisheries", "the
Ministry of Labour and Social Protection", "the Department for Culture, Media and Sport". The phrase pass
stopped at the first comma (organisations._org_end) and the persons pass read "Social Protection" before "said"
as a person's name, so one ministry became three entities.

Only in languages that join a name's parts by connectors (pack ``connectors``, English "of", "for"): after the
head and a connector that is no list conjunction, items of one to three capitalised words separated by commas
and closed by a list conjunction ("and") and one last item, none of them a listed place or a given name ("the
Bank of England and Barclays" stays two names). A list never closed by "and" is no remit ("the Ministry of
Finance, Reuters reported").
"""
from __future__ import annotations

LONGEST_ITEM = 3


def _item_word(R, t, free: bool = True) -> bool:
    """A word of one item of the list: capitalised, unclaimed, no abbreviation, listed place or given name."""
    return free and t.word and t.cap and not t.abbr and t.text == R.strip_possessive(t.text) \
        and not R.gaz.lookup([t.text]) and not R.morph.first_name(t.text)


def _opening(R, toks, k: int) -> bool:
    """Is toks[k] a connector that opens a remit ("of", "for") right after an organisation's capitalised head?"""
    low = toks[k].text.lower()
    return k >= 1 and low in R.connectors and low not in R.list_conjunctions and toks[k - 1].cap \
        and R.org_word(toks[k - 1].text)


def list_end(doc, toks, used, head: int, end: int) -> int:
    """``end`` moved past a remit list closed by "and" ("… of Trade, Industry and Fisheries"), else as given."""
    R = doc.R
    if not R.connectors or head + 2 >= len(toks) or not _opening(R, toks, head + 1):
        return end
    k, items, closed = head + 2, 0, False
    while True:
        n = 0
        while k < len(toks) and n < LONGEST_ITEM and _item_word(R, toks[k], not used[k]):
            k, n = k + 1, n + 1
        if n == 0 or (k < len(toks) and toks[k].word and toks[k].cap):
            return end  # an empty item, or a longer run of capitals: no list of the remit
        items += 1
        if closed or k + 1 >= len(toks):
            break
        low = toks[k].text.lower()
        if low in R.list_conjunctions:
            closed = True
        elif toks[k].text != ",":
            break
        k += 1
    return max(end, k) if closed and items >= 2 else end


def inside_list(doc, toks, i: int) -> bool:
    """Does the capitalised run at ``i`` follow a comma or "and" inside such a remit list ("Ministry of Labour and
    | Social Protection")?"""
    R = doc.R
    if not R.connectors or i < 3 or not (toks[i - 1].text == "," or toks[i - 1].text.lower() in R.list_conjunctions):
        return False
    if toks[i - 1].text == ",":  # (a comma: the list goes on after the run, "… of Trade, | Industry and …")
        j = i
        while j < len(toks) and j - i < LONGEST_ITEM and _item_word(R, toks[j]):
            j += 1
        if j + 1 >= len(toks) or not (toks[j].text == "," or toks[j].text.lower() in R.list_conjunctions):
            return False
    k = i - 1
    while k >= 2:
        n = 0
        while k - 1 >= 0 and n < LONGEST_ITEM and _item_word(R, toks[k - 1]):
            k, n = k - 1, n + 1
        if n == 0 or k < 2:
            return False
        if _opening(R, toks, k - 1):
            return True
        if toks[k - 1].text != ",":
            return False
        k -= 1
    return False
