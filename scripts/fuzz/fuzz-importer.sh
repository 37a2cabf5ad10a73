#!/bin/sh
# Kept for compatibility: fuzzes the importer (and the pipeline after it). See scripts/fuzz.sh.
# Usage: scripts/fuzz/fuzz-importer.sh [seconds]   (default 60).
exec "$(dirname "$0")/fuzz.sh" "${1:-60}" importer
