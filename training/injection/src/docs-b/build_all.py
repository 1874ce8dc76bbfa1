"""Regenerates every docs-b-*.jsonl file from the builder scripts in this folder, then validates them."""
import runpy
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BUILDERS = [
    "embedded_en.py", "embedded_de.py", "embedded_es.py", "embedded_fr.py",
    "obfuscation.py", "override.py",
    "benign_docs_en.py", "benign_requests_en.py", "benign_de.py", "benign_es.py", "benign_fr.py",
    "benign_lookalikes.py", "long_rows.py",
]
os.chdir(HERE)
for builder in BUILDERS:
    runpy.run_path(os.path.join(HERE, builder), run_name="__main__")
runpy.run_path(os.path.join(HERE, "validate.py"), run_name="__main__")
