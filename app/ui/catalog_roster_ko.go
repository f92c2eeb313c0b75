//go:build !noroster

package ui

import "maps"

// catalogRosterKo is the staff roster's screens' text in Korean, by
// key: in catalogKo when the roster is built in, and absent from a
// build without it (tag noroster), so that what the roster adds to
// app.wasm counts its text. The keys the rest of the kit also uses
// (roster.title, roster.backup_bad, roster.backup_newer, roster.save_error) stay in
// catalog_ko.go.
var catalogRosterKo = map[string]string{
	"roster.add":              "인원 추가",
	"roster.add_title":        "인원 추가",
	"roster.aside":            "수정 필요(%d행)",
	"roster.back":             "설문으로 돌아가기",
	"roster.cancel":           "취소",
	"roster.classes":          "정상 %d · 일반 격리 %d · 중점 격리 %d · 감염 치료 %d",
	"roster.column":           "%d열 '%s'",
	"roster.date_hint":        "예: 2026-02-10",
	"roster.delete":           "삭제",
	"roster.deleted":          "%s 삭제됨",
	"roster.duplicate":        "명부의 %s와(과) 같은 사람입니다(전화 또는 성명과 부서가 같음)",
	"roster.edit":             "편집",
	"roster.edit_title":       "인원 편집",
	"roster.empty":            "명부에 아직 아무도 없습니다. 인사팀의 표를 가져오거나 한 명씩 추가하세요.",
	"roster.end_hint":         "비워 두면 시작 후 14일",
	"roster.ends":             "명부에서: %s",
	"roster.ends_day":         "%d월 %d일 %d명",
	"roster.ends_sep":         ", ",
	"roster.export_csv":       "CSV 내보내기",
	"roster.export_xlsx":      "Excel 내보내기",
	"roster.file_name":        "직원명부",
	"roster.fix":              "수정",
	"roster.fix_title":        "%d행 수정",
	"roster.form_help":        "인사팀의 Excel 명부를 가져오면 직원 수, 네 가지 구분, 복귀자, 격리 해제·격리 중 인원이 명부에서 입력됩니다.",
	"roster.form_link":        "직원 명부로 인원 계산",
	"roster.from":             "명부에서",
	"roster.header_row":       "머리글은 %d행, 데이터 %d행",
	"roster.import_aside":     "%d행은 그대로 읽을 수 없어 '수정 필요'에 보관했습니다(버리지 않음).",
	"roster.import_empty":     "빈 행 %d행을 건너뛰었습니다.",
	"roster.import_file":      "Excel / CSV 가져오기",
	"roster.import_go":        "가져오기",
	"roster.imported":         "%d명을 가져왔습니다.",
	"roster.logs":             "기록부 인쇄(PDF)",
	"roster.logs_file":        "방역기록부",
	"roster.logs_help":        "명부, 오늘부터 14일간의 일일 건강 모니터링 대장, 영 보고, 소독 및 물자 입출고 기록표.",
	"roster.mapping":          "각 열의 내용 확인",
	"roster.mapping_help":     "머리글로 각 열의 내용을 추측했습니다. 확인하고, 바꿀 열은 버튼을 누르고 필요 없는 열은 '(가져오지 않음)'을 선택하세요.",
	"roster.need_name":        "'성명' 열을 선택하세요.",
	"roster.next":             "다음",
	"roster.no":               "아니요",
	"roster.none_found":       "'%s'에 해당하는 사람이 없습니다",
	"roster.on_site":          "근무 중",
	"roster.overridden":       "⚠ 명부(%s)와 다릅니다. 입력한 값을 따릅니다.",
	"roster.page":             "%d / %d쪽",
	"roster.paste":            "표 붙여넣기",
	"roster.paste_label":      "Excel 또는 WPS에서 머리글을 포함한 행을 복사해 여기에 붙여 넣으세요:",
	"roster.paste_read":       "붙여 넣은 내용 읽기",
	"roster.people":           "%d명",
	"roster.prev":             "이전",
	"roster.preview":          "미리보기(처음 5행)",
	"roster.private":          "명부는 이 휴대폰에만 저장되며 어떤 서버로도 전송되지 않습니다. 내보낸 파일에는 개인정보가 있으니 잘 보관하세요.",
	"roster.quarantine_until": "%s까지 격리",
	"roster.reading":          "표를 읽는 중…",
	"roster.replace_warn":     "가져오면 명부의 %d명이 바뀝니다(실행 취소 가능).",
	"roster.returnees":        "복귀자: 저위험 %d · 중·고위험 및 해외 %d(격리 해제 %d · 격리 중 %d)",
	"roster.save":             "저장",
	"roster.search":           "성명·부서·전화·지역 검색",
	"roster.unclassed":        "미분류 %d명: 네 가지 구분 인원은 아직 명부에서 입력하지 않습니다",
	"roster.uncleared":        "⚠ 격리 기간이 끝나지 않았는데 근무 중: %s. 격리로 돌려보내거나 날짜를 확인하세요.",
	"roster.undo":             "실행 취소",
	"roster.undone":           "실행 취소됨",
	"roster.worker_error":     "표 프로그램을 불러오지 못했습니다. 인터넷에 연결된 상태로 한 번 연 뒤 다시 시도하세요.",
	"roster.yes":              "예",
}

func init() { maps.Copy(catalogKo, catalogRosterKo) }
