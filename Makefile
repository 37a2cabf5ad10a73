# Convenience targets; the README's commands are the scripts they call.
.PHONY: demo test bench clean
demo:
	./scripts/demo.sh
test:
	./scripts/test.sh
bench:
	swift run -c release sociogram-bench
clean:
	rm -rf .build out
