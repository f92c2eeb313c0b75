package ui

import "fugong/app/browser"

// The screens reach the browser through package browser (app/browser);
// these names are its functions under the names the screens know.
var (
	catchJS       = browser.CatchJS
	await         = browser.Await
	after         = browser.After
	onLeave       = browser.OnLeave
	bytesFromJS   = browser.BytesFromJS
	bytesToJS     = browser.BytesToJS
	focusTop      = browser.FocusTop
	focusQuestion = browser.FocusQuestion
	jsBlob        = browser.JSBlob
	objectURL     = browser.ObjectURL
	revokeURL     = browser.RevokeURL
	saveURL       = browser.SaveURL
	download      = browser.Download
	downloadBlob  = browser.DownloadBlob
	shareableFile = browser.ShareableFile
	share         = browser.Share
	fileName      = browser.FileName

	isInAppBrowser  = browser.IsInAppBrowser
	watchController = browser.WatchController
	whenNewRelease  = browser.WhenNewRelease

	openLocalStorage      = browser.OpenLocal
	errStorageFull        = browser.ErrFull
	errStorageUnavailable = browser.ErrUnavailable

	idbThrown = browser.IDBThrown
	idbWait   = browser.IDBWait
	idbOpen   = browser.IDBOpen
	idbTxOn   = browser.IDBTxOn
)

type (
	storage        = browser.Storage
	memoryStorage  = browser.Memory
	refusedStorage = browser.Refused
	idbError       = browser.IDBError
)
