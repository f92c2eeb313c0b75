// The loading bar says what works while the app loads: on a screen with
// fields, that what is typed now is kept, or, on a return visit to a
// screen whose fields the saved answers fill, that they are being read
// (see keeper.js); once a button was pressed, that it will be done once
// the app has loaded. In the language the user chose in the kit, else the
// browser's, else Chinese.

// fugongPageLabels returns the labels in the user's language: loading,
// typing kept, tap noted, saved answers being read. A function, not a
// constant, so that keeper.js, which runs before this file, can call it.
function fugongPageLabels() {
  const labels = {
    zh: ["正在加载 {p}%", "现在填写的内容会保留", "已记下您的操作，加载完成后继续", "正在读取您保存的答案，稍候即可继续填写"],
    en: ["Loading {p}%", "what you type now is kept", "your tap is noted and will be done once loaded", "Reading your saved answers; you can go on in a moment"],
    ja: ["読み込み中 {p}%", "今入力した内容は保持されます", "操作を記録しました。読み込み後に続けます", "保存した回答を読み込んでいます。まもなく続けて入力できます"],
    ko: ["불러오는 중 {p}%", "지금 입력한 내용은 유지됩니다", "누른 동작을 기억했다가 불러온 뒤 이어서 합니다", "저장한 답변을 불러오는 중입니다. 잠시 후 이어서 입력할 수 있습니다"],
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
  return labels[lang] || labels.zh;
}

// fugongLoadingLabel is the loading bar's label at progress per cent.
function fugongLoadingLabel(progress) {
  const [loading, typing, queued, reading] = fugongPageLabels();
  let label = loading.replace("{p}", progress);
  if (window.fugongLoadingNote === "queued") label += " · " + queued;
  else if (window.fugongLoadingNote === "reading") label += " · " + reading;
  else if (document.querySelector("main input, main textarea, main select")) label += " · " + typing;
  return label;
}
