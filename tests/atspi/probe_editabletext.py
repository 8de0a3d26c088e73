#!/usr/bin/python3
"""Types into the kiosk's answer box through the Linux accessibility bus, as an on-screen keyboard or a
dictation tool does: finds the running chorus app on AT-SPI, presses Start, a question and Write by
their accessible actions, then calls EditableText.InsertText and SetTextContents on the box named
"Your answer"; then types into it as key events through AT-SPI's device event controller (the way
on-screen keyboards such as Onboard type). Prints one JSON line saying what the bus offered and
what the box then held, read back through AT-SPI's Text interface. Run by run_probe.sh
(dbus-run-session, Xvfb).

Exits 0 when what docs/accessibility.md says holds: text typed as key events arrives whole (Welsh
letters too), and either EditableText is not offered (Qt 6.4) or, if a later Qt offers it, InsertText
and SetTextContents put their text in the box. Anything else exits 1 with the reason in the JSON."""
import json
import sys
import time

import pyatspi

report = {"app_found": False}


def find(acc, pred, depth=0):
    if acc is None or depth > 60:
        return None
    try:
        if pred(acc):
            return acc
        for i in range(acc.childCount):
            hit = find(acc.getChildAtIndex(i), pred, depth + 1)
            if hit is not None:
                return hit
    except Exception:
        return None
    return None


def wait_for(pred_root, pred, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        hit = find(pred_root(), pred)
        if hit is not None:
            return hit
        time.sleep(0.3)
    return None


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and "chorus" in (a.name or "").lower():
            return a
    return None


def buttons():
    names = []
    def walk(a, depth=0):
        if a is None or depth > 40:
            return
        if a.getRole() == pyatspi.ROLE_PUSH_BUTTON:
            names.append(a.name)
        for i in range(a.childCount):
            walk(a.getChildAtIndex(i), depth + 1)
    walk(app())
    return names


def press(words):
    """Presses the first push button whose accessible name contains `words`, by its AT-SPI action."""
    hit = wait_for(app, lambda a: a.getRole() == pyatspi.ROLE_PUSH_BUTTON and words in (a.name or ""))
    if hit is None:
        raise SystemExit(json.dumps(dict(report, error=f"no button naming {words!r}", buttons=buttons())))
    hit.queryAction().doAction(0)
    time.sleep(1.0)


end = time.time() + 30
while app() is None and time.time() < end:
    time.sleep(0.5)
report["app_found"] = app() is not None
if not report["app_found"]:
    print(json.dumps(report))
    sys.exit(1)

press("start")
press("help you most")
press("Write")

box = wait_for(app, lambda a: a.name == "Your answer")
report["box_found"] = box is not None
if box is None:
    print(json.dumps(report))
    sys.exit(1)
report["box_role"] = box.getRoleName()
report["interfaces"] = sorted(pyatspi.utils.listInterfaces(box))
try:
    editable = box.queryEditableText()
except NotImplementedError:
    editable = None
report["editable_text_offered"] = editable is not None
if editable is not None:
    report["insert_returned"] = bool(editable.insertText(0, "Bws ", 4))
    time.sleep(0.5)
    report["after_insert"] = box.queryText().getText(0, -1)
    report["set_returned"] = bool(editable.setTextContents("Mae'r bws yn hwyr"))
    time.sleep(0.5)
    report["after_set"] = box.queryText().getText(0, -1)
# The nearest path: key events through AT-SPI's device event controller (generateKeyboardEvent, which
# on X11 goes through XTest), as on-screen keyboards such as Onboard type. Unicode keysyms carry ŵ.
try:
    box.queryComponent().grabFocus()
except Exception as e:
    report["grab_focus_error"] = str(e)
time.sleep(0.5)
typed = "Mae'r bws yn hwyr. Ŵyn"
for ch in typed:
    code = ord(ch)
    keysym = code if code < 0x100 else 0x1000000 + code
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.05)
time.sleep(1.0)
report["typed_as_keys"] = typed
report["after_keys"] = box.queryText().getText(0, -1)

problems = []
if not report["after_keys"].endswith(typed):
    problems.append("text typed as key events did not arrive")
if editable is not None and not (report["after_insert"].startswith("Bws ") and report["after_set"] == "Mae'r bws yn hwyr"):
    problems.append("EditableText is offered but its text did not arrive")
if editable is not None and not problems:
    problems.append("EditableText is offered now: update docs/accessibility.md and this probe")
report["problems"] = problems
print(json.dumps(report, ensure_ascii=False))
sys.exit(1 if problems else 0)
