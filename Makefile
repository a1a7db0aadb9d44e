# Conveniences over tasks.py (which needs only Python 3.11+ and pip).
.PHONY: demo test bench lint clean
demo:  ; python3 tasks.py demo
test:  ; python3 tasks.py test
bench: ; python3 tasks.py bench
lint:  ; python3 tasks.py lint
clean: ; rm -rf .venv out build *.egg-info
