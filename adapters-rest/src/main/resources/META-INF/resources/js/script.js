/* blogflow analytics, cookieless */
(function(){"use strict";
var d=document,w=window,l=location,n=navigator,s=d.currentScript,
api=s&&s.getAttribute("data-api")||(s&&s.src?new URL(s.src).origin:"")+"/api/v1/public/events",
last=null,engaged=0,since=0,depth=0;
if(n.webdriver||w.Cypress||w._phantom)return;
function send(name,extra,beacon){
var e={name:name,url:l.href,referrer:d.referrer||null,title:d.title,screenWidth:w.innerWidth},k;
for(k in extra)e[k]=extra[k];
var body=JSON.stringify(e);
if(beacon&&n.sendBeacon&&n.sendBeacon(api,body))return;
fetch(api,{method:"POST",body:body,headers:{"Content-Type":"text/plain"},keepalive:true}).catch(function(){});}
function scroll(){
var h=d.documentElement,b=d.body,seen=(w.scrollY||h.scrollTop)+h.clientHeight,
all=Math.max(h.scrollHeight,b?b.scrollHeight:0),p=all?Math.min(100,Math.round(seen*100/all)):100;
if(p>depth)depth=p;}
function visible(){since=d.visibilityState==="visible"?Date.now():0;}
function flush(){
if(since){engaged+=Date.now()-since;since=0;}
if(engaged>0){send("engagement",{url:last,engagedMs:engaged,scrollDepth:depth},true);engaged=0;}}
function pageview(){
if(last===l.href)return;
if(last!==null){flush();depth=0;}
last=l.href;scroll();visible();send("pageview",{});}
var push=history.pushState;
if(push){history.pushState=function(){push.apply(this,arguments);pageview();};w.addEventListener("popstate",pageview);}
d.addEventListener("visibilitychange",function(){if(d.visibilityState==="hidden")flush();else visible();});
w.addEventListener("pagehide",flush);
w.addEventListener("scroll",scroll,{passive:true});
d.addEventListener("click",function(ev){
var el=ev.target&&ev.target.closest&&ev.target.closest("[data-analytics-event]"),props={},i,a;
if(!el)return;
for(i=0;i<el.attributes.length;i++){a=el.attributes[i];
if(a.name.indexOf("data-analytics-prop-")===0)props[a.name.slice(20)]=a.value;}
send(el.getAttribute("data-analytics-event"),{props:props},true);});
w.blogflow=function(name,props){send(name,{props:props||{}});};
pageview();})();
