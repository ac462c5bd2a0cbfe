"""Side-by-side: date and place finding of PyPI `dateparser` (search_dates) and `geotext` versus
Article Atlas, on the seed: what each finds of the gold annotation, and how fast (same text, same run).

usage: python3 baselines.py SEED.txt GOLD.json ATLAS_BIN
"""
import json
import subprocess
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore")
from dateparser.search import search_dates  # noqa: E402
from geotext import GeoText  # noqa: E402


def timed(fn, text, repeat):
    best = float("inf")
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn(text)
        best = min(best, time.perf_counter() - t)
    return result, best


def atlas(bin_path):
    def run(text):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(text)
        out = subprocess.run([bin_path, "analyze", f.name], capture_output=True, text=True, check=True).stdout
        return json.loads(out)
    return run


def main(seed_path, gold_path, bin_path):
    text = open(seed_path, encoding="utf-8").read()
    gold = json.load(open(gold_path, encoding="utf-8"))
    gold_dates = sorted({e["date_text"] for e in gold["events"] if e.get("date_text")})
    gold_places = sorted({n for e in gold["entities"] if e["kind"] == "place" and e.get("in_body", True) for n in [e["name"]]})
    body = text.split("RECOMMENDED")[0].replace("❖", "")
    big = "\n\n".join([body] * 100)  # ~0.9 MB of article text, for throughput

    dp, _ = timed(lambda t: search_dates(t, languages=["en"]) or [], text, 1)
    gt, _ = timed(GeoText, text, 3)
    at, _ = timed(atlas(bin_path), text, 3)
    _, dp_big = timed(lambda t: search_dates(t, languages=["en"]) or [], "\n\n".join([text] * 5), 1)
    _, gt_big = timed(GeoText, big, 3)
    _, at_big = timed(atlas(bin_path), big, 3)

    dp_found = [s for s, _ in dp]
    at_dates = [e["date"]["text"] for e in at["events"] if e.get("date") and e["date"].get("text")]
    at_places = [a for e in at["entities"] if e["kind"] == "place" for a in [e["name"], *e["aliases"]]]
    gt_places = list(gt.cities) + list(gt.countries)

    def hits(found, wanted):
        low = [f.lower() for f in found]
        return sum(any(w.lower() in f or f in w.lower() for f in low if len(f) > 2) for w in wanted)

    mb = len(big.encode()) / 1e6
    dp_mb = len("\n\n".join([text] * 5).encode()) / 1e6
    rows = [
        ("dates: gold date phrases found", f"{hits(at_dates, gold_dates)}/{len(gold_dates)}", f"{hits(dp_found, gold_dates)}/{len(gold_dates)}", "dateparser"),
        ("dates: false finds (not a date)", str(sum(1 for s in dp_found if s.strip().lower() in {"may", "now", "then", "march", "a", "in"})), "", ""),
        ("places: gold places found", f"{hits(at_places, gold_places)}/{len(gold_places)}", f"{hits(gt_places, gold_places)}/{len(gold_places)}", "geotext"),
        ("throughput (MB/s, incl. process start)", f"{mb / at_big:.1f}", f"{dp_mb / dp_big:.3f} / {mb / gt_big:.1f}", "dateparser / geotext"),
    ]
    print(f"{'measure':<42} {'Article Atlas':>14} {'peer':>22}  peer")
    for name, ours, theirs, peer in rows:
        print(f"{name:<42} {ours:>14} {theirs:>22}  {peer}")
    print(f"\ndateparser found: {dp_found[:12]}{' …' if len(dp_found) > 12 else ''}")
    print(f"geotext found: {sorted(set(gt_places))}")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
