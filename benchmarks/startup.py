"""How fast the commands a researcher types most start and answer: `litmine --help`, `litmine docs` and
`litmine query` on a small store, as subprocesses (what users run), beside a bare `python -c pass` in the same rounds.

Usage: python benchmarks/startup.py [--rounds 5] [--before GITREF] [--out docs/benchmarks.md]

Each command runs `--rounds` times, interleaved with the baseline; the figure is the best round (wall and CPU
seconds of the child), since on a loaded machine the best round is the one least disturbed. The heavy libraries each
command loaded (numpy, networkx, spaCy, gensim, scikit-learn, matplotlib, the PDF readers) are listed from a
separate run that prints sys.modules at exit. The store is made from two small generated text files (no eval data).
`--before GITREF` also runs that commit's command line (its litmine source unpacked with git archive, first on
PYTHONPATH) in the same rounds, so the two compare on a loaded machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from report import DOC, machine, versions, write_section

HEAVY = ("numpy", "networkx", "spacy", "gensim", "sklearn", "scipy", "matplotlib", "thinc", "pypdfium2", "pdfplumber",
         "pydantic", "yaml", "rich")
# runs the command line in this interpreter and prints, at exit, which heavy libraries it loaded
PROBE = ("import atexit, json, sys\n"
         f"HEAVY = {HEAVY!r}\n"
         "atexit.register(lambda: print('MODULES ' + json.dumps(sorted({m.split('.')[0] for m in sys.modules} & "
         "set(HEAVY))), file=sys.stderr))\n"
         "from litmine.__main__ import main\n"
         "main()\n")
# runs the command line and prints the process's CPU seconds when it first forks (the ingest's worker processes)
FORK_PROBE = ("import os, sys, time\n"
              "seen = []\n"
              "def mark():\n"
              "    if not seen:\n"
              "        seen.append(1)\n"
              "        print(f'FORK {time.process_time():.4f}', file=sys.stderr, flush=True)\n"
              "os.register_at_fork(before=mark)\n"
              "from litmine.__main__ import main\n"
              "main()\n")
TEXTS = {
    "a.txt": "Über die Sozialpolitik\n\nDie Wohlfahrtsstaaten in Europa: welfare state reform and social policy in "
             "Ærø and Łódź.\n\nPublic-private partnerships and the welfare state.\n",
    "b.txt": "Social policy after 2010\n\nThe welfare state and unemployment insurance; naïve reforms of the labour "
             "market.\n",
}


def litmine_command() -> list[str]:
    """The `litmine` console script of this interpreter's environment (what users run)."""
    script = Path(sys.executable).parent / "litmine"
    return [str(script)] if script.exists() else [sys.executable, "-m", "litmine"]


def command_of(source: Path) -> list[str]:
    """The command line of the litmine source unpacked in source (run with it first on PYTHONPATH)."""
    if (source / "litmine" / "__main__.py").exists():
        return [sys.executable, "-c", "from litmine.__main__ import main; main()"]
    return [sys.executable, "-c", "from litmine.cli import app; app(prog_name='litmine')"]


def export_source(ref: str, into: Path) -> Path:
    """litmine's source at a git commit, unpacked into a folder (git archive: the repository is not touched)."""
    data = subprocess.run(["git", "-C", str(HERE.parent), "archive", "--format=tar", ref, "litmine"],
                          capture_output=True, check=True).stdout
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=data, check=True)
    return into


def compile_bytecode(folder: Path) -> None:
    """Write the .pyc files of a source tree (git ignores __pycache__)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)], check=True, capture_output=True)


def timed(cmd: list[str], env: dict, cwd: str | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the child) of one run of cmd in cwd; raises when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=cwd)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def loaded(args: list[str], env: dict) -> list[str]:
    """The heavy libraries `litmine ARGS` loads."""
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env)
    for line in reversed(out.stderr.splitlines()):
        if line.startswith("MODULES "):
            return json.loads(line.removeprefix("MODULES "))
    raise RuntimeError(f"litmine {' '.join(args)}: {out.stderr.strip()[-300:]}")


def before_fork(source: Path | None, corpus: Path, db: Path, env: dict, cwd: str) -> tuple[float, float]:
    """(CPU seconds of `litmine ingest CORPUS --jobs 2` before it forks its workers, CPU seconds of the whole
    command with its workers) on a fresh store; source: another commit's litmine, first on PYTHONPATH."""
    env = {**env, "PYTHONPATH": str(source)} if source else env
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-c", FORK_PROBE, "ingest", str(corpus), "--jobs", "2", "--db", str(db)],
                         capture_output=True, text=True, env=env, cwd=cwd, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    fork = next(float(line.split()[1]) for line in out.stderr.splitlines() if line.startswith("FORK "))
    return fork, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", help="a git commit whose command line runs in the same rounds")
    parser.add_argument("--out", default=str(DOC))
    args = parser.parse_args()
    env = {**os.environ, "COLUMNS": "120"}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for name, text in TEXTS.items():
            (corpus / name).write_text(text, encoding="utf-8")
        db = str(Path(tmp) / "store.db")
        subprocess.run([*litmine_command(), "ingest", str(corpus), "--db", db], check=True, capture_output=True,
                       env=env)
        commands = {"python -c pass (baseline)": [sys.executable, "-c", "pass"],
                    "litmine --help": [*litmine_command(), "--help"],
                    "litmine docs": [*litmine_command(), "docs", "--db", db],
                    "litmine query welfare": [*litmine_command(), "query", "welfare", "--db", db]}
        envs = {name: env for name in commands}
        # bytecode as an installed package has it (here PYTHONDONTWRITEBYTECODE may be set and __pycache__ gone:
        # compiling every module from source at each start cost 0.1-0.2 s)
        compile_bytecode(HERE.parent / "litmine")
        if args.before:
            source = export_source(args.before, Path(tmp) / "before")
            compile_bytecode(source / "litmine")
            # a store of its own: another commit's lexicon or matcher would have each query tag the other's again
            db_before = str(Path(tmp) / "store-before.db")
            shutil.copy(db, db_before)
            for name in [n for n in commands if n.startswith("litmine")]:
                before = f"{name} ({args.before})"
                commands[before] = [*command_of(source), *[db_before if a == db else a for a in commands[name][1:]]]
                envs[before] = {**env, "PYTHONPATH": str(source)}
        best = {name: (float("inf"), float("inf")) for name in commands}
        sources = {"this tree": None} | ({args.before: source} if args.before else {})
        forks = {name: (float("inf"), float("inf")) for name in sources}
        for n in range(args.rounds):
            for name, cmd in commands.items():
                wall, cpu = timed(cmd, envs[name], cwd=tmp)  # not the repository: `-c` puts the cwd first
                best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
            for name, src in sources.items():
                fork, cpu = before_fork(src, corpus, Path(tmp) / f"fork-{len(forks)}-{n}-{name[:4]}.db", env, tmp)
                forks[name] = (min(forks[name][0], fork), min(forks[name][1], cpu))
        heavy = {name: loaded(cmd[1:], env) for name, cmd in commands.items()
                 if name.startswith("litmine") and "(" not in name}
    load_end = os.getloadavg()[0]
    base_wall, base_cpu = best["python -c pass (baseline)"]
    lines = ["## Start-up (development; generated two-document store)", "",
             f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; {versions()}. Load average "
             f"{load:.1f} at the start, {load_end:.1f} at the end (other work shares the 2 cores, so wall seconds "
             "are high: CPU seconds are the steadier figure). Best of "
             f"{args.rounds} rounds, each command a subprocess, interleaved with the baseline.", "",
             "| command | wall s | CPU s | CPU beyond bare Python s | heavy libraries loaded |",
             "|---|---:|---:|---:|---|"]
    for name, (wall, cpu) in sorted(best.items(), key=lambda item: item[0].split(" (")[0]):
        extra = "" if name.startswith("python") else f"{cpu - base_cpu:.2f}"
        libs = ", ".join(heavy.get(name, [])) or ("none" if name in heavy else "")
        lines.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {extra} | {libs} |")
    lines += ["", "`litmine ingest` of the two files with two jobs (a fresh store each round; best of the rounds): CPU "
              "seconds of the command before it forks its worker processes (interpreter, imports, lexicon, the "
              "files' hashes, the readers imported for the workers to inherit), and of the whole command with its "
              "workers:", "", "| litmine | CPU s before the fork | CPU s in all |", "|---|---:|---:|"]
    lines += [f"| {name} | {fork:.2f} | {cpu:.2f} |" for name, (fork, cpu) in forks.items()]
    if args.before:
        ratios = [f"{name.removeprefix('litmine ')} {best[name][1] / best[f'{name} ({args.before})'][1]:.2f}"
                  for name in best if name.startswith("litmine") and "(" not in name]
        lines += ["", f"CPU seconds as a ratio to {args.before}'s in the same rounds (its own copy of the store, "
                  "since each tags with its own lexicon fingerprint): " + ", ".join(ratios) + "."]
    lines += ["", "Target (issue 18): a query in about 0.25 s on a quiet machine. numpy, networkx, spaCy, gensim, "
              "scikit-learn and matplotlib load only in the commands that use them (tests/cli/test_app_imports.py); "
              "pydantic nowhere (typer's option converter: litmine/cli/coercion.py converts instead). The `litmine` "
              "command registers only the command it runs (litmine/__main__.py); a command that tags reads the "
              "lexicon only when the store is not tagged with it yet (litmine/cli/lexicon_cache.py). "
              "`yaml` is loaded by litmine/concepts/vetoes.py (imported by every tagging command), `rich` by the "
              "tables. `litmine ingest` compiles the footnotes' patterns (litmine/patterns.py LazyPattern) and loads "
              "the footnote segmenter only when a document has notes, or before a pool of workers forks, so that "
              "they share them; the topic words are built after the readers' imports, from spaCy's lemma table as "
              "a plain dict.", ""]
    print(write_section("startup", "\n".join(lines), Path(args.out)))
    print(f"baseline {base_wall:.2f} s wall, {base_cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
