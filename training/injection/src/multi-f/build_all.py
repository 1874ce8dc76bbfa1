"""Regenerate every multi-f-*.jsonl file, then validate them and print the counts."""
import runpy, os
HERE = os.path.dirname(os.path.abspath(__file__))
for name in ("build_en.py", "build_de.py", "build_es.py", "build_fr.py", "build_long_mixed.py"):
    runpy.run_path(os.path.join(HERE, name), run_name="__main__")
runpy.run_path(os.path.join(HERE, "validate.py"), run_name="__main__")
