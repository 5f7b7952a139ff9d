"""How well legacy encodings are recognised: short Belarusian, Russian and English texts (written for this
script), encoded every way a user's file may come, read back by factsheet's reader and by charset-normalizer
left to guess alone (the baseline).

    python scripts/eval_encodings.py

Prints, for each method, how many texts came back exactly and the mean time per text, for all the encodings and for
the legacy (non-Unicode) ones alone, where the detector does the work.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

TEXTS = {
    "be": [
        "Гарадскі савет зацвердзіў бюджэт на наступны год.",
        "Міністр аховы здароўя наведаў новую бальніцу ў Гродне. Ён сказаў, што аддзяленне адкрыецца ўвесну, "
        "а ўрачы ўжо праходзяць навучанне.",
        "У пятніцу ў Мінску адбылася сустрэча кіраўнікоў двух прадпрыемстваў. Бакі дамовіліся пра пастаўкі "
        "абсталявання і сумесную вытворчасць. «Мы чакаем першых вынікаў да канца года», — заявіў дырэктар "
        "завода. Наступная сустрэча прызначана на сакавік, калі будуць падпісаныя дагаворы. Экспарт павінен "
        "вырасці ўдвая за два гады, адзначылі ў міністэрстве эканомікі.",
    ],
    "ru": [
        "Городской совет утвердил бюджет на следующий год.",
        "Министр здравоохранения посетил новую больницу в Гродно. Он сказал, что отделение откроется весной, "
        "а врачи уже проходят обучение.",
        "В пятницу в Минске состоялась встреча руководителей двух предприятий. Стороны договорились о поставках "
        "оборудования и совместном производстве. «Мы ждём первых результатов к концу года», — заявил директор "
        "завода. Следующая встреча назначена на март, когда будут подписаны договоры. Экспорт должен вырасти "
        "вдвое за два года, отметили в министерстве экономики.",
    ],
    "en": [
        "The city council approved next year’s budget — at last.",
        "The health minister visited the new hospital in Grodno. “The ward opens in spring,” he said; doctors "
        "are already in training at the café-sized clinic next door.",
        "On Friday the heads of two companies met in Minsk. They agreed on deliveries of equipment and on joint "
        "production worth €40 million. “We expect the first results by the end of the year,” said the plant’s "
        "director. The next meeting is set for March — when the contracts will be signed. Exports should double "
        "within two years, the ministry of economy said; the naïve forecast of 2019 was “too cautious”.",
    ],
}
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r", "cp1252"]


def cases():
    for code, texts in TEXTS.items():
        for text in texts:
            for enc in ENCODINGS:
                try:
                    data = text.encode(enc)
                except UnicodeEncodeError:
                    continue  # e.g. Belarusian ў has no place in KOI8-R, Cyrillic none in cp1252
                yield code, enc, text, data


def factsheet_decode(data: bytes) -> str:
    from factsheet.decoding import decode

    return decode(data, "<test>")


def normalizer_alone(data: bytes) -> str:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else ""


def score(method, chosen) -> tuple[int, list[str], float]:
    right, wrong, start = 0, [], time.perf_counter()
    for code, enc, text, data in chosen:
        try:
            got = method(data)
        except Exception as exc:  # noqa: BLE001 - a refusal counts as wrong
            got = f"<{exc}>"
        if got.strip() == text.strip():
            right += 1
        else:
            wrong.append(f"{code}/{enc}/{len(text)}")
    return right, wrong, (time.perf_counter() - start) / len(chosen) * 1000


def main() -> int:
    all_cases = list(cases())
    legacy = [c for c in all_cases if c[1] in ("cp1251", "koi8_r", "cp1252")]
    for name, method in (("factsheet (decoding.decode)", factsheet_decode),
                         ("charset-normalizer alone", normalizer_alone)):
        method(all_cases[0][3])  # imports and pack loading paid before timing
        method(legacy[0][3])
        for label, chosen in (("all", all_cases), ("legacy only", legacy)):
            runs = [score(method, chosen) for _ in range(3)]  # the fastest of three: this machine is shared
            right, wrong, ms = min(runs, key=lambda run: run[2])
            print(f"{name:28s} {label:11s} {right}/{len(chosen)} exact  {ms:.2f} ms/text  "
                  f"wrong: {' '.join(wrong) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
