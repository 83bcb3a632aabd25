// Someone working inside an interactive page sends no HTTP requests, so the sign-in cookie's idle timeout would not
// slide. While the user types, clicks or scrolls, ask the server every few minutes to renew the cookie; an idle page
// asks nothing, so the session still ends after the idle timeout.
(() => {
  const everyMs = 5 * 60 * 1000;
  let active = false;
  for (const type of ["keydown", "pointerdown", "wheel", "touchstart"]) {
    addEventListener(type, () => { active = true; }, { passive: true, capture: true });
  }
  setInterval(() => {
    if (!active || location.pathname.startsWith("/login")) {
      return;
    }
    active = false;
    fetch("/account/keepalive", { credentials: "same-origin", cache: "no-store" }).catch(() => {});
  }, everyMs);
})();
