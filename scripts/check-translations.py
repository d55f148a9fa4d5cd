#!/usr/bin/env python3
"""Check that a translation carries every word of the English content, and nothing else.

"Facts once, words twice": content/translations/<lang>/<folder>/<id>.yaml holds only the text fields of
content/<folder>/<id>.yaml, and content/translations/<lang>/guide/<slug>.mdx (or .md) holds only the words of
the English guide page. For every English entry this checks that the translation exists, has exactly the
English entry's text keys (no fact keys such as windows, firstDay, order, sources, evidence), no empty
strings, the same overlaps (`with` ids) and number of steps, no number the English does not type, and for
guide pages the same frontmatter text keys, MDX component tags (exactly, in order), heading levels (in
order) and link targets.

Usage: python3 scripts/check-translations.py [lang] [--content DIR]   (default: es, ./content)
Exit status 1 and one line per problem, naming the file and the field, when anything is wrong.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

# The text fields of each folder: the only keys a translation may (and, when English has them, must) carry.
TEXT_KEYS: dict[str, set[str]] = {
    'restrictions': {'label', 'reason', 'note', 'clinicRange', 'overlaps', 'keywords'},
    'routine': {'label', 'productKind', 'instruction', 'steps', 'note', 'clinicRange', 'keywords'},
    'warning-signs': {'sign', 'action', 'clinicRange', 'keywords'},
    'preparation': {'label', 'instruction', 'clinicRange', 'keywords'},
    'expected-effects': {'label', 'description', 'note', 'clinicRange', 'keywords'},
    'tips': {'label', 'instruction', 'clinicRange', 'keywords'},
    'procedures': {'name', 'shortName', 'summary', 'keywords'},
    'glossary': {'term', 'expansion', 'forms'},
    'site': {'siteName', 'shortName', 'tagline', 'treatment', 'disclaimer'},
    'sources': {'short'},
}
# Match words depend on the language: a translation may add them where English has none, or leave them out.
OPTIONAL_WORD_LISTS: dict[str, set[str]] = {'glossary': {'forms'}}
# Facts live once, in the English content; a translation that carries one would let the two drift apart.
FACT_KEYS = {
    'windows', 'firstDay', 'lastDay', 'procedure', 'order', 'sources', 'evidence', 'category', 'notFor',
    'includes', 'tier', 'kind', 'day', 'fromDay', 'times', 'withRoutine', 'usualRednessThroughDay',
    'crustingThroughDay', 'recoveryThroughDay', 'siteUrl', 'clinic', 'section', 'procedures', 'nextReview',
    'lastReviewed', 'reviewedBy',
}
GUIDE_TEXT_KEYS = {'title', 'description', 'navLabel', 'keywords'}

NUMBER = re.compile(r'\d+(?:[.,]\d+)?')
COMPONENT = re.compile(r'<[A-Z][A-Za-z0-9]*\b[^>]*?/?>')
HEADING = re.compile(r'^(#{1,6})\s', re.M)
LINK = re.compile(r'\]\(([^)\s]+)\)')

problems: list[str] = []


def problem(path: Path, field: str, message: str) -> None:
    problems.append(f'{path}: {field}: {message}')


def texts_of(value) -> list[str]:
    """Every string in a value (strings, lists, mappings)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for v in value for t in texts_of(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in texts_of(v)]
    return []


def numbers_in(texts: list[str]) -> set[str]:
    return {n.replace(',', '.') for t in texts for n in NUMBER.findall(t)}


def check_no_empty(path: Path, field: str, value) -> None:
    if isinstance(value, str):
        if not value.strip():
            problem(path, field, 'is empty')
    elif isinstance(value, list):
        if not value:
            problem(path, field, 'is an empty list')
        for i, v in enumerate(value):
            check_no_empty(path, f'{field}.{i}', v)
    elif isinstance(value, dict):
        for k, v in value.items():
            check_no_empty(path, f'{field}.{k}', v)
    elif value is None:
        problem(path, field, 'is empty')
    else:
        problem(path, field, f'must be text, not {type(value).__name__} ({value!r})')


def load_yaml(path: Path):
    try:
        data = yaml.safe_load(path.read_text(encoding='utf-8'))
    except yaml.YAMLError as error:
        problem(path, '(file)', f'is not valid YAML: {error}')
        return None
    if not isinstance(data, dict):
        problem(path, '(file)', 'must be a mapping of keys to text')
        return None
    return data


def check_entry(folder: str, english_path: Path, translated_path: Path) -> None:
    if not translated_path.exists():
        problem(translated_path, '(file)', f'is missing: translate {english_path}')
        return
    english, translated = load_yaml(english_path), load_yaml(translated_path)
    if english is None or translated is None:
        return
    allowed = TEXT_KEYS[folder]
    optional = OPTIONAL_WORD_LISTS.get(folder, set())
    wanted = {k for k in english if k in allowed and k not in optional}
    # An empty English word list (keywords: []) needs no translation.
    wanted -= {k for k in wanted if english[k] in ([], None)}
    for key in sorted(set(translated) - allowed):
        why = 'is a fact: it lives once, in the English entry' if key in FACT_KEYS else 'is not a text field of this folder'
        problem(translated_path, key, f'{why}; remove it')
    for key in sorted(wanted - set(translated)):
        problem(translated_path, key, f'is missing (the English entry has it)')
    for key in sorted((set(translated) & allowed) - wanted - optional):
        problem(translated_path, key, 'is not in the English entry; remove it')
    for key, value in translated.items():
        if key in allowed:
            check_no_empty(translated_path, key, value)
    if isinstance(english.get('steps'), list) and isinstance(translated.get('steps'), list):
        if len(english['steps']) != len(translated['steps']):
            problem(translated_path, 'steps', f'has {len(translated["steps"])} steps; the English has {len(english["steps"])}')
    if folder == 'restrictions' and isinstance(translated.get('overlaps'), list):
        english_with = [o.get('with') for o in english.get('overlaps', [])]
        translated_with = [o.get('with') if isinstance(o, dict) else None for o in translated['overlaps']]
        if english_with != translated_with:
            problem(translated_path, 'overlaps', f'must list the same ids under `with`, in order: {english_with}, not {translated_with}')
        for i, o in enumerate(translated['overlaps']):
            if isinstance(o, dict) and set(o) != {'with', 'which'}:
                problem(translated_path, f'overlaps.{i}', f'needs exactly `with` and `which`, not {sorted(o)}')
    prose_keys = [k for k in translated if k in allowed and k not in {'keywords', 'forms'}]
    extra = numbers_in(texts_of({k: translated[k] for k in prose_keys})) - numbers_in(texts_of(english))
    if extra:
        problem(translated_path, '(text)', f'types numbers the English entry does not: {", ".join(sorted(extra))}')


def split_frontmatter(path: Path) -> tuple[dict | None, str]:
    text = path.read_text(encoding='utf-8')
    match = re.match(r'^---\n(.*?)\n---\n', text, re.S)
    if not match:
        problem(path, '(frontmatter)', 'is missing: start the file with --- frontmatter ---')
        return None, text
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        problem(path, '(frontmatter)', f'is not valid YAML: {error}')
        return None, text[match.end():]
    return data, text[match.end():]


def check_guide(english_path: Path, translated_path: Path) -> None:
    if not translated_path.exists():
        problem(translated_path, '(file)', f'is missing: translate {english_path} (same extension)')
        return
    english, english_body = split_frontmatter(english_path)
    translated, body = split_frontmatter(translated_path)
    if english is None or translated is None:
        return
    wanted = {k for k in english if k in GUIDE_TEXT_KEYS}
    for key in sorted(set(translated) - GUIDE_TEXT_KEYS):
        problem(translated_path, key, 'is a fact of the English page (or unknown); keep only title, description, navLabel, keywords')
    for key in sorted(wanted - set(translated)):
        problem(translated_path, key, 'is missing (the English page has it)')
    for key in sorted((set(translated) & GUIDE_TEXT_KEYS) - wanted):
        problem(translated_path, key, 'is not in the English page; remove it')
    for key in set(translated) & GUIDE_TEXT_KEYS:
        check_no_empty(translated_path, key, translated[key])
    if not body.strip():
        problem(translated_path, '(body)', 'is empty')
    english_tags, tags = COMPONENT.findall(english_body), COMPONENT.findall(body)
    if english_tags != tags:
        problem(translated_path, '(components)', f'must be exactly the English page\'s, in order:\n    English:    {english_tags}\n    translated: {tags}')
    english_levels, levels = HEADING.findall(english_body), HEADING.findall(body)
    if english_levels != levels:
        problem(translated_path, '(headings)', f'must have the same heading levels in the same order: {english_levels}, not {levels}')
    english_links, links = sorted(LINK.findall(english_body)), sorted(LINK.findall(body))
    if english_links != links:
        problem(translated_path, '(links)', f'must link to the same pages: {english_links}, not {links}')
    english_text = english_body + '\n' + '\n'.join(texts_of({k: english.get(k) for k in GUIDE_TEXT_KEYS}))
    prose = COMPONENT.sub('', body) + '\n' + '\n'.join(texts_of({k: translated.get(k) for k in ('title', 'description', 'navLabel')}))
    extra = numbers_in([prose]) - numbers_in([english_text])
    if extra:
        problem(translated_path, '(body)', f'types numbers the English page does not: {", ".join(sorted(extra))}')


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith('--')]
    content = Path(argv[argv.index('--content') + 1]) if '--content' in argv else Path('content')
    if '--content' in argv:
        args.remove(str(content))
    lang = args[0] if args else 'es'
    root = content / 'translations' / lang
    counts: dict[str, int] = {}
    for folder in TEXT_KEYS:
        english_files = sorted(p for p in (content / folder).glob('*') if p.suffix in ('.yaml', '.yml', '.json'))
        for english_path in english_files:
            check_entry(folder, english_path, root / folder / english_path.name)
        known = {p.name for p in english_files}
        for orphan in sorted((root / folder).glob('*')) if (root / folder).is_dir() else []:
            if orphan.name not in known:
                problem(orphan, '(file)', f'has no English twin in {content / folder}; remove or rename it')
        counts[folder] = len(english_files)
    english_pages = sorted(p for p in (content / 'guide').glob('*') if p.suffix in ('.md', '.mdx'))
    for english_path in english_pages:
        check_guide(english_path, root / 'guide' / english_path.name)
    known_pages = {p.name for p in english_pages}
    for orphan in sorted((root / 'guide').glob('*')) if (root / 'guide').is_dir() else []:
        if orphan.name not in known_pages:
            problem(orphan, '(file)', f'has no English twin in {content / "guide"} (same name and extension)')
    counts['guide'] = len(english_pages)
    if problems:
        print(f'{len(problems)} translation problem(s) in {root}:', file=sys.stderr)
        for p in problems:
            print(f'  {p}', file=sys.stderr)
        return 1
    summary = ', '.join(f'{folder} {n}' for folder, n in counts.items())
    print(f'{root}: every English entry has its translation ({summary}).')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
