//go:build !noroster

package ui

import "maps"

// catalogRosterZh is the staff roster's screens' text in Simplified Chinese, by
// key: in catalogZh when the roster is built in, and absent from a
// build without it (tag noroster), so that what the roster adds to
// app.wasm counts its text. The keys the rest of the kit also uses
// (roster.title, roster.backup_bad, roster.backup_newer, roster.save_error) stay in
// catalog_zh.go.
var catalogRosterZh = map[string]string{
	"roster.add":              "添加人员",
	"roster.add_title":        "添加人员",
	"roster.aside":            "待修正（%d 行）",
	"roster.back":             "返回问卷",
	"roster.cancel":           "取消",
	"roster.classes":          "正常 %d · 普通隔离 %d · 重点隔离 %d · 感染治疗 %d",
	"roster.column":           "第 %d 列「%s」",
	"roster.date_hint":        "如 2026-02-10",
	"roster.delete":           "删除",
	"roster.deleted":          "已删除 %s",
	"roster.duplicate":        "与花名册中的 %s 是同一人（电话或姓名与部门相同）",
	"roster.edit":             "编辑",
	"roster.edit_title":       "编辑人员",
	"roster.empty":            "花名册还没有人：导入 HR 的表格，或逐个添加。",
	"roster.end_hint":         "留空则为隔离开始后 14 天",
	"roster.ends":             "来自花名册：%s",
	"roster.ends_day":         "%d月%d日 %d人",
	"roster.ends_sep":         "，",
	"roster.export_csv":       "导出 CSV",
	"roster.export_xlsx":      "导出 Excel",
	"roster.file_name":        "花名册",
	"roster.fix":              "修正",
	"roster.fix_title":        "修正第 %d 行",
	"roster.form_help":        "导入 HR 的 Excel 花名册后，职工人数、四类人员、返岗人员、已解除隔离和隔离中人数将由花名册自动填写。",
	"roster.form_link":        "用花名册计算人数（一人一档）",
	"roster.from":             "来自花名册",
	"roster.header_row":       "表头在第 %d 行，数据 %d 行",
	"roster.import_aside":     "%d 行无法直接读取，已放在“待修正”中，未丢弃。",
	"roster.import_empty":     "跳过空行 %d 行。",
	"roster.import_file":      "导入 Excel / CSV",
	"roster.import_go":        "导入",
	"roster.imported":         "已导入 %d 人。",
	"roster.logs":             "打印防疫台账（PDF）",
	"roster.logs_file":        "防疫台账",
	"roster.logs_help":        "花名册、今起 14 天的每日健康监测台账、零报告、消毒和物资出入库登记表。",
	"roster.mapping":          "确认各列的内容",
	"roster.mapping_help":     "已按表头猜测每列的内容，请核对；点按某列的按钮可以更改，不需要的列选“（不导入）”。",
	"roster.need_name":        "请为“姓名”选择一列。",
	"roster.next":             "下一页",
	"roster.no":               "否",
	"roster.none_found":       "没有符合“%s”的人员",
	"roster.on_site":          "在岗",
	"roster.overridden":       "⚠ 与花名册不同（花名册为 %s）：以您填写的为准。",
	"roster.page":             "第 %d / %d 页",
	"roster.paste":            "粘贴表格",
	"roster.paste_label":      "从 Excel 或 WPS 复制含表头的各行，粘贴到这里：",
	"roster.paste_read":       "读取粘贴的内容",
	"roster.people":           "共 %d 人",
	"roster.prev":             "上一页",
	"roster.preview":          "预览（前 5 行）",
	"roster.private":          "花名册只保存在本手机上，不上传任何服务器；导出的文件含个人信息，请妥善保管。",
	"roster.quarantine_until": "隔离至 %s",
	"roster.reading":          "正在读取表格…",
	"roster.replace_warn":     "导入将替换花名册现有的 %d 人（可撤销）。",
	"roster.returnees":        "返岗：低风险 %d · 中高风险及境外 %d（已解除隔离 %d · 隔离中 %d）",
	"roster.save":             "保存",
	"roster.search":           "搜索姓名、部门、电话、地区",
	"roster.unclassed":        "未分类 %d 人：四类人员人数暂不从花名册填写",
	"roster.uncleared":        "⚠ 隔离期未满却在岗：%s。请安排其离岗隔离，或核对隔离日期。",
	"roster.undo":             "撤销",
	"roster.undone":           "已撤销",
	"roster.worker_error":     "表格程序未能加载：请联网打开一次本工具后重试。",
	"roster.yes":              "是",
}

func init() { maps.Copy(catalogZh, catalogRosterZh) }
