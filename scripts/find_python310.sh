#!/usr/bin/env sh
# Prints the path of a Python 3.10 interpreter: Rasa Open Source 3.6 does not run on 3.11+.
# Looks on PATH first, then under pyenv; exits 1 with a clear message when there is none.
is310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

for candidate in python3.10 python3 python; do
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if is310 "$path"; then echo "$path"; exit 0; fi
done

if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null)
  for path in $(ls -d "$root"/versions/3.10.*/bin/python 2>/dev/null | sort -t. -k3 -n -r); do
    if is310 "$path"; then echo "$path"; exit 0; fi
  done
fi

echo "error: Python 3.10 is required (Rasa Open Source 3.6 does not run on 3.11 or newer)." >&2
echo "Install it (for example 'pyenv install 3.10.13') or put python3.10 on PATH, then retry." >&2
exit 1
