#!/usr/bin/env python3
"""Real-browser test of `crosscheck report` HTML pages (run by Scripts/browser-test.sh, which sets up the venv).

Headless Chromium (Debian `chromium` + `chromium-driver`) driven by Selenium:
  1. For the bundled Guterres fixtures (seed vs outlet B, and the four versions), every discrepancy of
     `crosscheck check --format json` on the same inputs is listed on the page, shows each evidence span exactly and
     visibly highlighted, and its "in context" links lead to an existing, visible side-by-side row that holds the
     evidence in that document's column, becomes the URL target when clicked, and links back. Screenshots are saved.
  2. A hostile article pair (`<script>`, `<img onerror>`, `javascript:` links in headline, narrative and quotes) is
     shown as text and executes nothing: no script element, no onerror attribute, no javascript: href,
     `window.__pwned` undefined, no console errors, the CSP meta tag present.
Prints `browser tests: N passed, M failed` last; exits 1 on any failure.
"""

import argparse
import json
import pathlib
import re
import subprocess
import sys
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "Fixtures"
TRANSPARENT = {"transparent", "rgba(0, 0, 0, 0)"}

passed = 0
failed = 0


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def run_test(name, body):
    """Runs one named test, counting and printing its outcome."""
    global passed, failed
    try:
        body()
        passed += 1
        print(f"PASS {name}")
    except CheckFailed as error:
        failed += 1
        print(f"FAIL {name}: {error}")
    except Exception:  # A Selenium or subprocess error is a failure of this test, not a crash of the run.
        failed += 1
        print(f"FAIL {name}: unexpected error\n{traceback.format_exc()}")


def squash(text):
    """Whitespace folded to single spaces and soft hyphens dropped, as a browser renders them."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def crosscheck(binary, *args):
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    expect(done.returncode == 0, f"crosscheck {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def make_driver():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1400,1000", "--hide-scrollbars"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path="/usr/bin/chromedriver"))


def browser_errors(driver):
    """Console entries at SEVERE level (an empty list when the driver keeps no browser log)."""
    try:
        entries = driver.get_log("browser")
    except Exception:
        return []
    return [e for e in entries if e.get("level") == "SEVERE" and "favicon" not in e.get("message", "")]


def is_highlighted(element):
    return element.value_of_css_property("background-color") not in TRANSPARENT


def save_screenshot(driver, path):
    expect(driver.save_screenshot(str(path)), f"screenshot {path} not written")
    data = path.read_bytes()
    expect(len(data) > 1000 and data[:8] == b"\x89PNG\r\n\x1a\n", f"screenshot {path} is empty or not a PNG")
    print(f"  screenshot: {path} ({len(data)} bytes)")


def check_report(driver, binary, out, name, documents):
    """Every discrepancy of `check --format json` is on the report page with visible, highlighted, linked evidence."""
    expected = json.loads(crosscheck(binary, "check", *map(str, documents), "--format", "json"))
    discrepancies = expected["discrepancies"]
    expect(discrepancies, f"{name}: the fixtures should disagree somewhere")
    report = out / f"{name}.html"
    crosscheck(binary, "report", *map(str, documents), "-o", str(report))
    url = report.resolve().as_uri()
    driver.get(url)
    expect(not browser_errors(driver), f"{name}: console errors {browser_errors(driver)}")
    expect(driver.find_elements(By.CSS_SELECTOR, 'meta[http-equiv="Content-Security-Policy"]'), "no CSP meta tag")
    save_screenshot(driver, out / f"{name}.png")

    listed = driver.find_elements(By.CSS_SELECTOR, "li.discrepancy")
    expect(len(listed) == len(discrepancies),
           f"{name}: page lists {len(listed)} discrepancies, check reports {len(discrepancies)}")
    columns = [squash(th.get_attribute("textContent"))
               for th in driver.find_elements(By.CSS_SELECTOR, "table.side thead th")][1:]
    for d in discrepancies:
        items = driver.find_elements(By.ID, d["id"])
        expect(items, f"{name}: discrepancy {d['id']} not on the page")
        item = items[0]
        expect(item.is_displayed(), f"{name}: {d['id']} not visible")
        expect(squash(d["summary"]) in squash(item.text), f"{name}: {d['id']} does not show its summary")
        expect(d["severity"] in item.get_attribute("class"), f"{name}: {d['id']} not classed {d['severity']}")
        for k, e in enumerate(d["evidence"]):
            where = f"{name}: {d['id']} evidence {k}"
            rows = item.find_elements(By.ID, f"{d['id']}-e{k}")
            expect(rows and rows[0].is_displayed(), f"{where}: no visible evidence item")
            marks = rows[0].find_elements(By.CSS_SELECTOR, "mark")
            expect(marks, f"{where}: evidence not in a <mark>")
            mark = marks[0]
            expect(mark.get_attribute("textContent") == e["text"],
                   f"{where}: shows {mark.get_attribute('textContent')!r}, expected {e['text']!r}")
            expect(mark.is_displayed() and mark.size["width"] > 0, f"{where}: highlight not visible")
            expect(is_highlighted(mark), f"{where}: <mark> has a transparent background")
            links = rows[0].find_elements(By.CSS_SELECTOR, "a.goto")
            expect(links, f"{where}: no 'in context' link")
            href = links[0].get_attribute("href")
            target_id = href.rsplit("#", 1)[-1]
            expect(links[0].get_attribute("href").startswith(url + "#"), f"{where}: link {href} leaves the page")
            targets = driver.find_elements(By.ID, target_id)
            expect(targets, f"{where}: link target #{target_id} does not exist")
            target = targets[0]
            expect(target.tag_name == "tr", f"{where}: #{target_id} is a <{target.tag_name}>, not a row")
            label = f"[{e['docIndex'] + 1}] {e['doc']}"
            expect(label in columns, f"{where}: no column {label!r} in {columns}")
            cells = target.find_elements(By.CSS_SELECTOR, "td")
            cell = cells[1 + columns.index(label)]
            # A compared column shows the reference's deleted words too (`<del>`); the document's own text is the rest.
            shown = driver.execute_script(
                "const c = arguments[0].cloneNode(true); c.querySelectorAll('del').forEach(d => d.remove());"
                "return c.textContent;", cell)
            # A quote spanning sentences links to the row of its first sentence.
            expect(squash(e["text"])[:40] in squash(shown),
                   f"{where}: row #{target_id} does not hold {e['text']!r} in column {label}")
            expect(target.find_elements(By.CSS_SELECTOR, f'a.flag[href="#{d["id"]}"]'),
                   f"{where}: row #{target_id} does not link back")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", links[0])
            links[0].click()
            state = driver.execute_script(
                "const t = document.querySelector(':target'); const r = t && t.getBoundingClientRect();"
                "return [location.hash, t && t.id, r && r.bottom > 0 && r.top < innerHeight];")
            expect(state == [f"#{target_id}", target_id, True], f"{where}: clicking the link gave {state}")
            expect(target.is_displayed(), f"{where}: row #{target_id} not visible")
            expect(target.value_of_css_property("outline-style") == "solid",
                   f"{where}: targeted row #{target_id} not outlined")
    save_screenshot(driver, out / f"{name}-in-context.png")
    print(f"  {name}: {len(discrepancies)} discrepancies, "
          f"{sum(len(d['evidence']) for d in discrepancies)} evidence spans checked")


HOSTILE_A = """Council <script>window.__pwned=1</script> votes on budget

Mayor Ann Lee said on Tuesday that the city will spend 5 million dollars on roads <img src=x onerror="window.__pwned=2"> next year.

“We will fix <script>window.__pwned=1</script> every road in this city, and we will do it fast,” Lee told reporters.

Residents can read the plan at <a href="javascript:window.__pwned=3">click</a> before the vote.

“The <img src=x onerror=window.__pwned=2> budget is balanced and the <a href=javascript:window.__pwned=3>click</a> plan is fair,” said council member Tom Baker.
"""

HOSTILE_B = """Council <script>window.__pwned=1</script> votes on budget

Mayor Ann Lee said on Wednesday that the city will spend 7 million dollars on roads <img src=x onerror="window.__pwned=2"> next year.

“We will fix <script>window.__pwned=1</script> every single road in this city, and we will do it fast,” Lee admitted.

Residents can read the plan at <a href="javascript:window.__pwned=3">click</a> right now.

“The <img src=x onerror=window.__pwned=2> budget is balanced and the <a href=javascript:window.__pwned=3>click</a> plan is fair,” said council member Sam Ortiz.
"""


def check_hostile(driver, binary, out):
    """Article markup is displayed as text and executes nothing."""
    a, b = out / "hostile-a.txt", out / "hostile-b.txt"
    a.write_text(HOSTILE_A, encoding="utf-8")
    b.write_text(HOSTILE_B, encoding="utf-8")
    expected = json.loads(crosscheck(binary, "check", str(a), str(b), "--format", "json"))
    evidence = " ".join(e["text"] for d in expected["discrepancies"] for e in d["evidence"])
    expect("<script>" in evidence and "onerror" in evidence,
           f"the hostile pair's evidence should carry the markup; got {evidence!r}")
    report = out / "hostile.html"
    crosscheck(binary, "report", str(a), str(b), "-o", str(report))
    driver.get(report.resolve().as_uri())
    save_screenshot(driver, out / "hostile.png")
    expect(driver.execute_script("return typeof window.__pwned") == "undefined", "window.__pwned was set")
    expect(not driver.find_elements(By.TAG_NAME, "script"), "the page has a <script> element")
    expect(not driver.find_elements(By.CSS_SELECTOR, "img, iframe, object, embed, svg, form, input"),
           "the page has an active element from article content")
    expect(not driver.find_elements(By.CSS_SELECTOR, "[onerror], [onclick], [onload]"), "an element has an on* handler")
    anchors = driver.find_elements(By.TAG_NAME, "a")
    bad = [h for h in (x.get_attribute("href") or "" for x in anchors) if h.strip().lower().startswith("javascript:")]
    expect(not bad, f"anchors with javascript: hrefs: {bad}")
    expect(all((x.get_attribute("href") or "").split("#", 1)[0] in ("", report.resolve().as_uri()) for x in anchors),
           "an anchor leads off the page")
    expect(driver.find_elements(By.CSS_SELECTOR, 'meta[http-equiv="Content-Security-Policy"]'), "no CSP meta tag")
    csp = driver.find_element(By.CSS_SELECTOR, 'meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    expect("default-src 'none'" in csp and "script-src" not in csp, f"CSP allows too much: {csp!r}")
    body = driver.find_element(By.TAG_NAME, "body").text
    # (The segmenter ends a sentence at `window.`, so the side by side view may split a tag over two rows.)
    for literal in ("<script>window.__pwned=1</script>", "<img src=x onerror=", '<a href="javascript:',
                    "<a href=javascript:window.__pwned=3>click</a>"):
        expect(literal in body, f"{literal!r} is not displayed as text")
    marks = [m for m in driver.find_elements(By.CSS_SELECTOR, "li.discrepancy mark") if "<script>" in m.text]
    expect(marks and all(m.is_displayed() and is_highlighted(m) for m in marks),
           "the <script> evidence is not shown highlighted as text")
    for link in driver.find_elements(By.CSS_SELECTOR, "a.goto")[:3]:  # Navigating inside the page runs nothing either.
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
    expect(driver.execute_script("return typeof window.__pwned") == "undefined", "window.__pwned was set")
    errors = browser_errors(driver)
    expect(not errors, f"console errors: {errors}")
    print(f"  hostile: {len(expected['discrepancies'])} discrepancies; markup shown as text, nothing executed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="the crosscheck executable")
    parser.add_argument("--out", required=True, type=pathlib.Path, help="folder for reports and screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    driver = make_driver()
    try:
        print(f"chromium {driver.capabilities.get('browserVersion')}, reports in {args.out}")
        run_test("report: seed vs outlet B", lambda: check_report(
            driver, args.bin, args.out, "guterres-outlet-b",
            [FIXTURES / "guterres-moscow.txt", FIXTURES / "guterres-moscow-outlet-b.txt"]))
        run_test("report: four versions", lambda: check_report(
            driver, args.bin, args.out, "guterres-outlets",
            [FIXTURES / f"guterres-moscow{s}.txt" for s in ("", "-typographic", "-edited", "-outlet-b")]))
        run_test("report: hostile article markup", lambda: check_hostile(driver, args.bin, args.out))
    finally:
        driver.quit()
    print(f"browser tests: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
