"""Builds SCORM 1.2 and SCORM 2004 (4th edition) packages of the built app in dist/.

Usage: python3 scripts/scorm_package.py DIST OUT [--parameters "?framework=mhn&levels=l5,l6c"]
"""
import argparse
import os
import zipfile
from xml.sax.saxutils import quoteattr

TITLE = "Stepwise: competence self-assessment"

SCORM12 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="stepwise-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="stepwise-org">
    <organization identifier="stepwise-org">
      <title>{title}</title>
      <item identifier="stepwise-item" identifierref="stepwise-resource" isvisible="true" parameters={parameters}>
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="stepwise-resource" type="webcontent" adlcp:scormtype="sco" href="index.html">
{files}
    </resource>
  </resources>
</manifest>
"""

SCORM2004 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="stepwise-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="stepwise-org">
    <organization identifier="stepwise-org">
      <title>{title}</title>
      <item identifier="stepwise-item" identifierref="stepwise-resource" isvisible="true" parameters={parameters}>
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="stepwise-resource" type="webcontent" adlcp:scormType="sco" href="index.html">
{files}
    </resource>
  </resources>
</manifest>
"""


def launch_page(path):
    """The app's page, starting with the full module: a course needs the LMS connection
    from the start, and only the full module has it."""
    with open(path, encoding="utf-8") as f:
        page = f.read()
    for old, new in (
        ('src="boot.js"', 'src="boot.js?full"'),
        ('href="stepwise.js"', 'href="stepwise-full.js"'),
        ('href="stepwise_bg.wasm"', 'href="stepwise-full_bg.wasm"'),
        ('href="content/mhn.outline.json"', 'href="content/mhn.json"'),
    ):
        if old not in page:
            raise SystemExit(f"{path} no longer has {old}: update scorm_package.py")
        page = page.replace(old, new)
    return page


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dist")
    parser.add_argument("out")
    parser.add_argument("--parameters", default="", help="query string the LMS adds to the launch URL")
    args = parser.parse_args()

    files = []
    for folder, _, names in os.walk(args.dist):
        for name in sorted(names):
            path = os.path.join(folder, name)
            files.append(os.path.relpath(path, args.dist).replace(os.sep, "/"))
    files.sort()
    if "index.html" not in files:
        raise SystemExit(f"{args.dist} has no index.html: run scripts/build first")
    listing = "\n".join(f"      <file href={quoteattr(f)}/>" for f in files)
    os.makedirs(args.out, exist_ok=True)
    for version, template in (("1.2", SCORM12), ("2004", SCORM2004)):
        manifest = template.format(title=TITLE, files=listing, parameters=quoteattr(args.parameters))
        target = os.path.join(args.out, f"stepwise-scorm-{version}.zip")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("imsmanifest.xml", manifest)
            for f in files:
                if f == "index.html":
                    z.writestr(f, launch_page(os.path.join(args.dist, f)))
                else:
                    z.write(os.path.join(args.dist, f), f)
        print(f"  {target}  ({os.path.getsize(target) // 1024} KB, SCORM {version})")


if __name__ == "__main__":
    main()
