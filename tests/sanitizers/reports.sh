# Sourced by run-asan.sh and run-tsan.sh, which send every sanitizer report to files in one
# folder: that catches processes whose exit no test looks at (children).
# exit_with_reports <script name> <ctest's exit status> <report folder> <message on success>
# prints each report and exits 1 if there is any, else exits with ctest's status.
exit_with_reports() {
  local name=$1 status=$2 logs=$3 success=$4
  if compgen -G "$logs/*" >/dev/null; then
    echo "$name: sanitizer reports:" >&2
    for report in "$logs"/*; do
      echo "--- $report" >&2
      cat "$report" >&2
    done
    status=1
  fi
  [ "$status" -eq 0 ] && echo "$name: $success"
  exit "$status"
}
