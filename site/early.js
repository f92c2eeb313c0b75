window.fugongEarly=[];addEventListener("click",window.fugongEarlyClick=function(e){var b=e.target.closest&&e.target.closest("button");if(b){e.preventDefault();fugongEarly.push(b)}},true);
