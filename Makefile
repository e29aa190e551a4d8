# The two Quick start commands of README.md. Each installs what is missing (packaging/
# install-deps.sh does nothing when all is present), configures once and builds incrementally.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: demo test build deps

deps:
	bash packaging/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./$(BUILD)/app/hindsight --demo

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
