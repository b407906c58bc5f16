"""The end of every repository check: the problems, one per line, then a summary line."""


def report(title, problems, detail=""):
    """Prints the problems and `title: OK` or `title: N problem(s)`; returns the exit status."""
    for problem in problems:
        print(problem)
    print(f"{title}: {detail}{'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0
