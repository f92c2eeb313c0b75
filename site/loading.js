// The loading bar says what works while the app loads: on a screen with
// fields, that what is typed now is kept; once a button was pressed, that
// it will be done once the app has loaded (see keeper.js). In the
// language the user chose in the kit, else the browser's, else Chinese.
function fugongLoadingLabel(progress) {
  const labels = {
    zh: ["正在加载 {p}%", "现在填写的内容会保留", "已记下您的操作，加载完成后继续"],
    en: ["Loading {p}%", "what you type now is kept", "your tap is noted and will be done once loaded"],
    ja: ["読み込み中 {p}%", "今入力した内容は保持されます", "操作を記録しました。読み込み後に続けます"],
    ko: ["불러오는 중 {p}%", "지금 입력한 내용은 유지됩니다", "누른 동작을 기억했다가 불러온 뒤 이어서 합니다"],
  };
  let lang = "";
  try {
    lang = JSON.parse(localStorage.getItem("fugong.lang") || "{}").Value || "";
  } catch (e) {}
  if (!labels[lang]) {
    for (const l of navigator.languages || []) {
      const code = String(l).toLowerCase().split("-")[0];
      if (labels[code]) {
        lang = code;
        break;
      }
    }
  }
  const [loading, typing, queued] = labels[lang] || labels.zh;
  let label = loading.replace("{p}", progress);
  if (window.fugongLoadingNote === "queued") label += " · " + queued;
  else if (document.querySelector("main input, main textarea, main select")) label += " · " + typing;
  return label;
}
