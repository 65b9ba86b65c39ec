import { createRequire as __genspendCreateRequire } from 'node:module'; const require = __genspendCreateRequire(import.meta.url);
var Mw=Object.create;var Lu=Object.defineProperty;var zw=Object.getOwnPropertyDescriptor;var Lw=Object.getOwnPropertyNames;var qw=Object.getPrototypeOf,Uw=Object.prototype.hasOwnProperty;var sr=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}},Yt=(e,t)=>{for(var n in t)Lu(e,n,{get:t[n],enumerable:!0})},jw=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of Lw(t))!Uw.call(e,i)&&i!==n&&Lu(e,i,{get:()=>t[i],enumerable:!(r=zw(t,i))||r.enumerable});return e};var Bw=(e,t,n)=>(n=e!=null?Mw(qw(e)):{},jw(t||!e||!e.__esModule?Lu(n,"default",{value:e,enumerable:!0}):n,e));var Ro=sr((iF,Sv)=>{"use strict";var kv="[^\\\\/]",jI="(?=.)",_v="[^/]",Hh="(?:\\/|$)",$v="(?:^|\\/)",Wh=`\\.{1,2}${Hh}`,BI="(?!\\.)",ZI=`(?!${$v}${Wh})`,VI=`(?!\\.{0,1}${Hh})`,GI=`(?!${Wh})`,KI="[^.\\/]",HI=`${_v}*?`,WI="/",Av={DOT_LITERAL:"\\.",PLUS_LITERAL:"\\+",QMARK_LITERAL:"\\?",SLASH_LITERAL:"\\/",ONE_CHAR:jI,QMARK:_v,END_ANCHOR:Hh,DOTS_SLASH:Wh,NO_DOT:BI,NO_DOTS:ZI,NO_DOT_SLASH:VI,NO_DOTS_SLASH:GI,QMARK_NO_DOT:KI,STAR:HI,START_ANCHOR:$v,SEP:WI},JI={...Av,SLASH_LITERAL:"[\\\\/]",QMARK:kv,STAR:`${kv}*?`,DOTS_SLASH:"\\.{1,2}(?:[\\\\/]|$)",NO_DOT:"(?!\\.)",NO_DOTS:"(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",NO_DOT_SLASH:"(?!\\.{0,1}(?:[\\\\/]|$))",NO_DOTS_SLASH:"(?!\\.{1,2}(?:[\\\\/]|$))",QMARK_NO_DOT:"[^.\\\\/]",START_ANCHOR:"(?:^|[\\\\/])",END_ANCHOR:"(?:[\\\\/]|$)",SEP:"\\"},XI={__proto__:null,alnum:"a-zA-Z0-9",alpha:"a-zA-Z",ascii:"\\x00-\\x7F",blank:" \\t",cntrl:"\\x00-\\x1F\\x7F",digit:"0-9",graph:"\\x21-\\x7E",lower:"a-z",print:"\\x20-\\x7E ",punct:"\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",space:" \\t\\r\\n\\v\\f",upper:"A-Z",word:"A-Za-z0-9_",xdigit:"A-Fa-f0-9"};Sv.exports={DEFAULT_MAX_EXTGLOB_RECURSION:0,MAX_LENGTH:1024*64,POSIX_REGEX_SOURCE:XI,REGEX_BACKSLASH:/\\(?![*+?^${}(|)[\]])/g,REGEX_NON_SPECIAL_CHARS:/^[^@![\].,$*+?^{}()|\\/]+/,REGEX_SPECIAL_CHARS:/[-*+?.^${}(|)[\]]/,REGEX_SPECIAL_CHARS_BACKREF:/(\\?)((\W)(\3*))/g,REGEX_SPECIAL_CHARS_GLOBAL:/([-*+?.^${}(|)[\]])/g,REGEX_REMOVE_BACKSLASH:/(?:\[.*?[^\\]\]|\\(?=.))/g,REPLACEMENTS:{__proto__:null,"***":"*","**/**":"**","**/**/**":"**"},CHAR_0:48,CHAR_9:57,CHAR_UPPERCASE_A:65,CHAR_LOWERCASE_A:97,CHAR_UPPERCASE_Z:90,CHAR_LOWERCASE_Z:122,CHAR_LEFT_PARENTHESES:40,CHAR_RIGHT_PARENTHESES:41,CHAR_ASTERISK:42,CHAR_AMPERSAND:38,CHAR_AT:64,CHAR_BACKWARD_SLASH:92,CHAR_CARRIAGE_RETURN:13,CHAR_CIRCUMFLEX_ACCENT:94,CHAR_COLON:58,CHAR_COMMA:44,CHAR_DOT:46,CHAR_DOUBLE_QUOTE:34,CHAR_EQUAL:61,CHAR_EXCLAMATION_MARK:33,CHAR_FORM_FEED:12,CHAR_FORWARD_SLASH:47,CHAR_GRAVE_ACCENT:96,CHAR_HASH:35,CHAR_HYPHEN_MINUS:45,CHAR_LEFT_ANGLE_BRACKET:60,CHAR_LEFT_CURLY_BRACE:123,CHAR_LEFT_SQUARE_BRACKET:91,CHAR_LINE_FEED:10,CHAR_NO_BREAK_SPACE:160,CHAR_PERCENT:37,CHAR_PLUS:43,CHAR_QUESTION_MARK:63,CHAR_RIGHT_ANGLE_BRACKET:62,CHAR_RIGHT_CURLY_BRACE:125,CHAR_RIGHT_SQUARE_BRACKET:93,CHAR_SEMICOLON:59,CHAR_SINGLE_QUOTE:39,CHAR_SPACE:32,CHAR_TAB:9,CHAR_UNDERSCORE:95,CHAR_VERTICAL_LINE:124,CHAR_ZERO_WIDTH_NOBREAK_SPACE:65279,extglobChars(e){return{"!":{type:"negate",open:"(?:(?!(?:",close:`))${e.STAR})`},"?":{type:"qmark",open:"(?:",close:")?"},"+":{type:"plus",open:"(?:",close:")+"},"*":{type:"star",open:"(?:",close:")*"},"@":{type:"at",open:"(?:",close:")"}}},globChars(e){return e===!0?JI:Av}}});var Io=sr(kt=>{"use strict";var{REGEX_BACKSLASH:YI,REGEX_REMOVE_BACKSLASH:QI,REGEX_SPECIAL_CHARS:eP,REGEX_SPECIAL_CHARS_GLOBAL:tP}=Ro();kt.isObject=e=>e!==null&&typeof e=="object"&&!Array.isArray(e);kt.hasRegexChars=e=>eP.test(e);kt.isRegexChar=e=>e.length===1&&kt.hasRegexChars(e);kt.escapeRegex=e=>e.replace(tP,"\\$1");kt.toPosixSlashes=e=>e.replace(YI,"/");kt.isWindows=()=>{if(typeof navigator<"u"&&navigator.platform){let e=navigator.platform.toLowerCase();return e==="win32"||e==="windows"}return typeof process<"u"&&process.platform?process.platform==="win32":!1};kt.removeBackslashes=e=>e.replace(QI,t=>t==="\\"?"":t);kt.escapeLast=(e,t,n)=>{let r=e.lastIndexOf(t,n);return r===-1?e:e[r-1]==="\\"?kt.escapeLast(e,t,r-1):`${e.slice(0,r)}\\${e.slice(r)}`};kt.removePrefix=(e,t={})=>{let n=e;return n.startsWith("./")&&(n=n.slice(2),t.prefix="./"),n};kt.wrapOutput=(e,t={},n={})=>{let r=n.contains?"":"^",i=n.contains?"":"$",o=`${r}(?:${e})${i}`;return t.negated===!0&&(o=`(?:^(?!${o}).*$)`),o};kt.basename=(e,{windows:t}={})=>{let n=e.split(t?/[\\/]/:"/"),r=n[n.length-1];return r===""?n[n.length-2]:r}});var Nv=sr((sF,Cv)=>{"use strict";var Rv=Io(),{CHAR_ASTERISK:Jh,CHAR_AT:nP,CHAR_BACKWARD_SLASH:ri,CHAR_COMMA:rP,CHAR_DOT:Xh,CHAR_EXCLAMATION_MARK:Yh,CHAR_FORWARD_SLASH:Ov,CHAR_LEFT_CURLY_BRACE:Qh,CHAR_LEFT_PARENTHESES:Iu,CHAR_LEFT_SQUARE_BRACKET:iP,CHAR_PLUS:oP,CHAR_QUESTION_MARK:Iv,CHAR_RIGHT_CURLY_BRACE:sP,CHAR_RIGHT_PARENTHESES:Pv,CHAR_RIGHT_SQUARE_BRACKET:aP}=Ro(),Ev=e=>e===Ov||e===ri,Tv=e=>{e.isPrefix!==!0&&(e.depth=e.isGlobstar?1/0:1)},uP=(e,t)=>{let n=t||{},r=e.length-1,i=n.parts===!0||n.tokens===!0||n.scanToEnd===!0,o=[],s=[],a=[],c=e,u=-1,l=0,f=0,p=!1,m=!1,b=!1,g=!1,w=!1,v=!1,y=!1,_=!1,E=!1,G=!1,j=0,X,H,Y={value:"",depth:0,isGlob:!1},A=()=>u>=r,ee=()=>c.charCodeAt(u+1),ye=()=>(X=H,c.charCodeAt(++u));for(;u<r;){H=ye();let we;if(H===ri){y=Y.backslashes=!0,H=ye(),H===Qh&&(v=!0);continue}if(v===!0||H===Qh){for(j++;A()!==!0&&(H=ye());){if(H===ri){y=Y.backslashes=!0,ye();continue}if(H===Qh){j++;continue}if(v!==!0&&H===Xh&&(H=ye())===Xh){if(p=Y.isBrace=!0,b=Y.isGlob=!0,G=!0,i===!0)continue;break}if(v!==!0&&H===rP){if(p=Y.isBrace=!0,b=Y.isGlob=!0,G=!0,i===!0)continue;break}if(H===sP&&(j--,j===0)){v=!1,p=Y.isBrace=!0,G=!0;break}}if(i===!0)continue;break}if(H===Ov){if(o.push(u),s.push(Y),Y={value:"",depth:0,isGlob:!1},G===!0)continue;if(X===Xh&&u===l+1){l+=2;continue}f=u+1;continue}if(n.noext!==!0&&(H===oP||H===nP||H===Jh||H===Iv||H===Yh)===!0&&ee()===Iu){if(b=Y.isGlob=!0,g=Y.isExtglob=!0,G=!0,H===Yh&&u===l&&(E=!0),i===!0){let He=0;for(;A()!==!0&&(H=ye());){if(H===ri){y=Y.backslashes=!0,ye();continue}if(H===Iu){He++;continue}if(H===Pv&&--He===0){G=!0;break}}continue}break}if(H===Jh){if(X===Jh&&(w=Y.isGlobstar=!0),b=Y.isGlob=!0,G=!0,i===!0)continue;break}if(H===Iv){if(b=Y.isGlob=!0,G=!0,i===!0)continue;break}if(H===iP){for(;A()!==!0&&(we=ye());){if(we===ri){y=Y.backslashes=!0,ye();continue}if(we===aP){m=Y.isBracket=!0,b=Y.isGlob=!0,G=!0;break}}if(i===!0)continue;break}if(n.nonegate!==!0&&H===Yh&&u===l){_=Y.negated=!0,l++;continue}if(n.noparen!==!0&&H===Iu){if(b=Y.isGlob=!0,i===!0){let Fe=1;for(;A()!==!0&&(H=ye());){if(H===ri){y=Y.backslashes=!0,ye();continue}if(H===Iu){Fe++;continue}if(H===Pv&&--Fe===0){G=!0;break}}continue}break}if(b===!0){if(G=!0,i===!0)continue;break}}n.noext===!0&&(g=!1,b=!1);let le=c,R="",I="";l>0&&(R=c.slice(0,l),c=c.slice(l),f-=l),le&&b===!0&&f>0?(le=c.slice(0,f),I=c.slice(f)):b===!0?(le="",I=c):le=c,le&&le!==""&&le!=="/"&&le!==c&&Ev(le.charCodeAt(le.length-1))&&(le=le.slice(0,-1)),n.unescape===!0&&(I&&(I=Rv.removeBackslashes(I)),le&&y===!0&&(le=Rv.removeBackslashes(le)));let F={prefix:R,input:e,start:l,base:le,glob:I,isBrace:p,isBracket:m,isGlob:b,isExtglob:g,isGlobstar:w,negated:_,negatedExtglob:E};if(n.tokens===!0&&(F.maxDepth=0,Ev(H)||s.push(Y),F.tokens=s),n.parts===!0||n.tokens===!0){let we;for(let Ce=0;Ce<o.length;Ce++){let Bt=we!==void 0?we+1:l,Nt=o[Ce],lt=e.slice(Bt,Nt);n.tokens&&(Ce===0&&l!==0?(s[Ce].isPrefix=!0,s[Ce].value=R):s[Ce].value=lt,Tv(s[Ce]),F.maxDepth+=s[Ce].depth),Nt>=l&&(a.push(lt),we=Nt)}let Fe=we!==void 0?we+1:l,He=e.slice(Fe);a.push(He),n.tokens&&we&&we+1<e.length&&(s[s.length-1].value=He,Tv(s[s.length-1]),F.maxDepth+=s[s.length-1].depth),F.slashes=o,F.parts=a}return F};Cv.exports=uP});var zv=sr((aF,Mv)=>{"use strict";var Po=Ro(),It=Io(),{MAX_LENGTH:Pu,POSIX_REGEX_SOURCE:cP,REGEX_NON_SPECIAL_CHARS:lP,REGEX_SPECIAL_CHARS_BACKREF:dP,REPLACEMENTS:Fv}=Po,fP=(e,t)=>{if(typeof t.expandRange=="function")return t.expandRange(...e,t);e.sort();let n=`[${e.join("-")}]`;try{new RegExp(n)}catch{return e.map(i=>It.escapeRegex(i)).join("..")}return n},ii=(e,t)=>`Missing ${e}: "${t}" - use "\\\\${t}" to match literal characters`,Dv=e=>{let t=[],n=0,r=0,i=0,o="",s=!1;for(let a of e){if(s===!0){o+=a,s=!1;continue}if(a==="\\"){o+=a,s=!0;continue}if(a==='"'){i=i===1?0:1,o+=a;continue}if(i===0){if(a==="[")n++;else if(a==="]"&&n>0)n--;else if(n===0){if(a==="(")r++;else if(a===")"&&r>0)r--;else if(a==="|"&&r===0){t.push(o),o="";continue}}}o+=a}return t.push(o),t},pP=e=>{let t=!1;for(let n of e){if(t===!0){t=!1;continue}if(n==="\\"){t=!0;continue}if(/[?*+@!()[\]{}]/.test(n))return!1}return!0},tg=e=>{let t=e.trim(),n=!0;for(;n===!0;)n=!1,/^@\([^\\()[\]{}|]+\)$/.test(t)&&(t=t.slice(2,-1),n=!0);if(pP(t))return t.replace(/\\(.)/g,"$1")},mP=e=>{let t=e.map(tg).filter(Boolean);for(let n=0;n<t.length;n++)for(let r=n+1;r<t.length;r++){let i=t[n],o=t[r],s=i[0];if(!(!s||i!==s.repeat(i.length)||o!==s.repeat(o.length))&&(i===o||i.startsWith(o)||o.startsWith(i)))return!0}return!1},eg=(e,t=!0)=>{if(e[0]!=="+"&&e[0]!=="*"||e[1]!=="(")return;let n=0,r=0,i=0,o=!1;for(let s=1;s<e.length;s++){let a=e[s];if(o===!0){o=!1;continue}if(a==="\\"){o=!0;continue}if(a==='"'){i=i===1?0:1;continue}if(i!==1){if(a==="["){n++;continue}if(a==="]"&&n>0){n--;continue}if(!(n>0)){if(a==="("){r++;continue}if(a===")"&&(r--,r===0))return t===!0&&s!==e.length-1?void 0:{type:e[0],body:e.slice(2,s),end:s}}}}},hP=e=>`${e.length===1?It.escapeRegex(e[0]):`[${e.map(n=>It.escapeRegex(n)).join("")}]`}*`,gP=e=>{let t=0,n=[];for(;t<e.length;){let r=eg(e.slice(t),!1);if(!r||r.type!=="*")return;let i=Dv(r.body).map(s=>s.trim());if(i.length!==1)return;let o=tg(i[0]);if(!o||o.length!==1)return;n.push(o),t+=r.end+1}if(!(n.length<1))return n},bP=e=>{let t=0,n=e.trim(),r=eg(n);for(;r;)t++,n=r.body.trim(),r=eg(n);return t},yP=(e,t)=>{if(t.maxExtglobRecursion===!1)return{risky:!1};let n=typeof t.maxExtglobRecursion=="number"?t.maxExtglobRecursion:Po.DEFAULT_MAX_EXTGLOB_RECURSION,r=Dv(e).map(a=>a.trim());if(r.length>1&&(r.some(a=>a==="")||r.some(a=>/^[*?]+$/.test(a))||mP(r)))return{risky:!0};let i=[],o=!1,s=!0;for(let a of r){let c=gP(a);if(c){o=!0,i.push(...c);continue}let u=tg(a);if(u&&u.length===1){i.push(u);continue}if(s=!1,bP(a)>n)return{risky:!0}}return o?s?{risky:!0,safeOutput:hP([...new Set(i)])}:{risky:!0}:{risky:!1}},ng=(e,t)=>{if(typeof e!="string")throw new TypeError("Expected a string");e=Fv[e]||e;let n={...t},r=typeof n.maxLength=="number"?Math.min(Pu,n.maxLength):Pu,i=e.length;if(i>r)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${r}`);let o={type:"bos",value:"",output:n.prepend||""},s=[o],a=n.capture?"":"?:",c=Po.globChars(n.windows),u=Po.extglobChars(c),{DOT_LITERAL:l,PLUS_LITERAL:f,SLASH_LITERAL:p,ONE_CHAR:m,DOTS_SLASH:b,NO_DOT:g,NO_DOT_SLASH:w,NO_DOTS_SLASH:v,QMARK:y,QMARK_NO_DOT:_,STAR:E,START_ANCHOR:G}=c,j=B=>`(${a}(?:(?!${G}${B.dot?b:l}).)*?)`,X=n.dot?"":g,H=n.dot?y:_,Y=n.bash===!0?j(n):E;n.capture&&(Y=`(${Y})`),typeof n.noext=="boolean"&&(n.noextglob=n.noext);let A={input:e,index:-1,start:0,dot:n.dot===!0,consumed:"",output:"",prefix:"",backtrack:!1,negated:!1,brackets:0,braces:0,parens:0,quotes:0,globstar:!1,tokens:s};e=It.removePrefix(e,A),i=e.length;let ee=[],ye=[],le=[],R=o,I,F=()=>A.index===i-1,we=A.peek=(B=1)=>e[A.index+B],Fe=A.advance=()=>e[++A.index]||"",He=()=>e.slice(A.index+1),Ce=(B="",Se=0)=>{A.consumed+=B,A.index+=Se},Bt=B=>{A.output+=B.output!=null?B.output:B.value,Ce(B.value)},Nt=()=>{let B=1;for(;we()==="!"&&(we(2)!=="("||we(3)==="?");)Fe(),A.start++,B++;return B%2===0?!1:(A.negated=!0,A.start++,!0)},lt=B=>{A[B]++,le.push(B)},_t=B=>{A[B]--,le.pop()},ne=B=>{if(R.type==="globstar"){let Se=A.braces>0&&(B.type==="comma"||B.type==="brace"),z=B.extglob===!0||ee.length&&(B.type==="pipe"||B.type==="paren");B.type!=="slash"&&B.type!=="paren"&&!Se&&!z&&(A.output=A.output.slice(0,-R.output.length),R.type="star",R.value="*",R.output=Y,A.output+=R.output)}if(ee.length&&B.type!=="paren"&&(ee[ee.length-1].inner+=B.value),(B.value||B.output)&&Bt(B),R&&R.type==="text"&&B.type==="text"){R.output=(R.output||R.value)+B.value,R.value+=B.value;return}B.prev=R,s.push(B),R=B},$t=(B,Se)=>{let z={...u[Se],conditions:1,inner:""};z.prev=R,z.parens=A.parens,z.output=A.output,z.startIndex=A.index,z.tokensIndex=s.length;let ce=(n.capture?"(":"")+z.open;lt("parens"),ne({type:B,value:Se,output:A.output?"":m}),ne({type:"paren",extglob:!0,value:Fe(),output:ce}),ee.push(z)},Dn=B=>{let Se=e.slice(B.startIndex,A.index+1),z=e.slice(B.startIndex+2,A.index),ce=yP(z,n);if((B.type==="plus"||B.type==="star")&&ce.risky){let _e=ce.safeOutput?(B.output?"":m)+(n.capture?`(${ce.safeOutput})`:ce.safeOutput):void 0,tt=s[B.tokensIndex];tt.type="text",tt.value=Se,tt.output=_e||It.escapeRegex(Se);for(let Pt=B.tokensIndex+1;Pt<s.length;Pt++)s[Pt].value="",s[Pt].output="",delete s[Pt].suffix;A.output=B.output+tt.output,A.backtrack=!0,ne({type:"paren",extglob:!0,value:I,output:""}),_t("parens");return}let ke=B.close+(n.capture?")":""),De;if(B.type==="negate"){let _e=Y;if(B.inner&&B.inner.length>1&&B.inner.includes("/")&&(_e=j(n)),(_e!==Y||F()||/^\)+$/.test(He()))&&(ke=B.close=`)$))${_e}`),B.inner.includes("*")&&(De=He())&&/^\.[^\\/.]+$/.test(De)){let tt=ng(De,{...t,fastpaths:!1}).output;ke=B.close=`)${tt})${_e})`}B.prev.type==="bos"&&(A.negatedExtglob=!0)}ne({type:"paren",extglob:!0,value:I,output:ke}),_t("parens")};if(n.fastpaths!==!1&&!/(^[*!]|[/()[\]{}"])/.test(e)){let B=!1,Se=e.replace(dP,(z,ce,ke,De,_e,tt)=>De==="\\"?(B=!0,z):De==="?"?ce?ce+De+(_e?y.repeat(_e.length):""):tt===0?H+(_e?y.repeat(_e.length):""):y.repeat(ke.length):De==="."?l.repeat(ke.length):De==="*"?ce?ce+De+(_e?Y:""):Y:ce?z:`\\${z}`);return B===!0&&(n.unescape===!0?Se=Se.replace(/\\/g,""):Se=Se.replace(/\\+/g,z=>z.length%2===0?"\\\\":z?"\\":"")),Se===e&&n.contains===!0?(A.output=e,A):(A.output=It.wrapOutput(Se,A,t),A)}for(;!F();){if(I=Fe(),I==="\0")continue;if(I==="\\"){let z=we();if(z==="/"&&n.bash!==!0||z==="."||z===";")continue;if(!z){I+="\\",ne({type:"text",value:I});continue}let ce=/^\\+/.exec(He()),ke=0;if(ce&&ce[0].length>2&&(ke=ce[0].length,A.index+=ke,ke%2!==0&&(I+="\\")),n.unescape===!0?I=Fe():I+=Fe(),A.brackets===0){ne({type:"text",value:I});continue}}if(A.brackets>0&&(I!=="]"||R.value==="["||R.value==="[^")){if(n.posix!==!1&&I===":"){let z=R.value.slice(1);if(z.includes("[")&&(R.posix=!0,z.includes(":"))){let ce=R.value.lastIndexOf("["),ke=R.value.slice(0,ce),De=R.value.slice(ce+2),_e=cP[De];if(_e){R.value=ke+_e,A.backtrack=!0,Fe(),!o.output&&s.indexOf(R)===1&&(o.output=m);continue}}}(I==="["&&we()!==":"||I==="-"&&we()==="]")&&(I=`\\${I}`),I==="]"&&(R.value==="["||R.value==="[^")&&(I=`\\${I}`),n.posix===!0&&I==="!"&&R.value==="["&&(I="^"),R.value+=I,Bt({value:I});continue}if(A.quotes===1&&I!=='"'){I=It.escapeRegex(I),R.value+=I,Bt({value:I});continue}if(I==='"'){A.quotes=A.quotes===1?0:1,n.keepQuotes===!0&&ne({type:"text",value:I});continue}if(I==="("){lt("parens"),ne({type:"paren",value:I});continue}if(I===")"){if(A.parens===0&&n.strictBrackets===!0)throw new SyntaxError(ii("opening","("));let z=ee[ee.length-1];if(z&&A.parens===z.parens+1){Dn(ee.pop());continue}ne({type:"paren",value:I,output:A.parens?")":"\\)"}),_t("parens");continue}if(I==="["){if(n.nobracket===!0||!He().includes("]")){if(n.nobracket!==!0&&n.strictBrackets===!0)throw new SyntaxError(ii("closing","]"));I=`\\${I}`}else lt("brackets");ne({type:"bracket",value:I});continue}if(I==="]"){if(n.nobracket===!0||R&&R.type==="bracket"&&R.value.length===1){ne({type:"text",value:I,output:`\\${I}`});continue}if(A.brackets===0){if(n.strictBrackets===!0)throw new SyntaxError(ii("opening","["));ne({type:"text",value:I,output:`\\${I}`});continue}_t("brackets");let z=R.value.slice(1);if(R.posix!==!0&&z[0]==="^"&&!z.includes("/")&&(I=`/${I}`),R.value+=I,Bt({value:I}),n.literalBrackets===!1||It.hasRegexChars(z))continue;let ce=It.escapeRegex(R.value);if(A.output=A.output.slice(0,-R.value.length),n.literalBrackets===!0){A.output+=ce,R.value=ce;continue}R.value=`(${a}${ce}|${R.value})`,A.output+=R.value;continue}if(I==="{"&&n.nobrace!==!0){lt("braces");let z={type:"brace",value:I,output:"(",outputIndex:A.output.length,tokensIndex:A.tokens.length};ye.push(z),ne(z);continue}if(I==="}"){let z=ye[ye.length-1];if(n.nobrace===!0||!z){ne({type:"text",value:I,output:I});continue}let ce=")";if(z.dots===!0){let ke=s.slice(),De=[];for(let _e=ke.length-1;_e>=0&&(s.pop(),ke[_e].type!=="brace");_e--)ke[_e].type!=="dots"&&De.unshift(ke[_e].value);ce=fP(De,n),A.backtrack=!0}if(z.comma!==!0&&z.dots!==!0){let ke=A.output.slice(0,z.outputIndex),De=A.tokens.slice(z.tokensIndex);z.value=z.output="\\{",I=ce="\\}",A.output=ke;for(let _e of De)A.output+=_e.output||_e.value}ne({type:"brace",value:I,output:ce}),_t("braces"),ye.pop();continue}if(I==="|"){ee.length>0&&ee[ee.length-1].conditions++,ne({type:"text",value:I});continue}if(I===","){let z=I,ce=ye[ye.length-1];ce&&le[le.length-1]==="braces"&&(ce.comma=!0,z="|"),ne({type:"comma",value:I,output:z});continue}if(I==="/"){if(R.type==="dot"&&A.index===A.start+1){A.start=A.index+1,A.consumed="",A.output="",s.pop(),R=o;continue}ne({type:"slash",value:I,output:p});continue}if(I==="."){if(A.braces>0&&R.type==="dot"){R.value==="."&&(R.output=l);let z=ye[ye.length-1];R.type="dots",R.output+=I,R.value+=I,z.dots=!0;continue}if(A.braces+A.parens===0&&R.type!=="bos"&&R.type!=="slash"){ne({type:"text",value:I,output:l});continue}ne({type:"dot",value:I,output:l});continue}if(I==="?"){if(!(R&&R.value==="(")&&n.noextglob!==!0&&we()==="("&&we(2)!=="?"){$t("qmark",I);continue}if(R&&R.type==="paren"){let ce=we(),ke=I;(R.value==="("&&!/[!=<:]/.test(ce)||ce==="<"&&!/<([!=]|\w+>)/.test(He()))&&(ke=`\\${I}`),ne({type:"text",value:I,output:ke});continue}if(n.dot!==!0&&(R.type==="slash"||R.type==="bos")){ne({type:"qmark",value:I,output:_});continue}ne({type:"qmark",value:I,output:y});continue}if(I==="!"){if(n.noextglob!==!0&&we()==="("&&(we(2)!=="?"||!/[!=<:]/.test(we(3)))){$t("negate",I);continue}if(n.nonegate!==!0&&A.index===0){Nt();continue}}if(I==="+"){if(n.noextglob!==!0&&we()==="("&&we(2)!=="?"){$t("plus",I);continue}if(R&&R.value==="("||n.regex===!1){ne({type:"plus",value:I,output:f});continue}if(R&&(R.type==="bracket"||R.type==="paren"||R.type==="brace")||A.parens>0){ne({type:"plus",value:I});continue}ne({type:"plus",value:f});continue}if(I==="@"){if(n.noextglob!==!0&&we()==="("&&we(2)!=="?"){ne({type:"at",extglob:!0,value:I,output:""});continue}ne({type:"text",value:I});continue}if(I!=="*"){(I==="$"||I==="^")&&(I=`\\${I}`);let z=lP.exec(He());z&&(I+=z[0],A.index+=z[0].length),ne({type:"text",value:I});continue}if(R&&(R.type==="globstar"||R.star===!0)){R.type="star",R.star=!0,R.value+=I,R.output=Y,A.backtrack=!0,A.globstar=!0,Ce(I);continue}let B=He();if(n.noextglob!==!0&&/^\([^?]/.test(B)){$t("star",I);continue}if(R.type==="star"){if(n.noglobstar===!0){Ce(I);continue}let z=R.prev,ce=z.prev,ke=z.type==="slash"||z.type==="bos",De=ce&&(ce.type==="star"||ce.type==="globstar");if(n.bash===!0&&(!ke||B[0]&&B[0]!=="/")){ne({type:"star",value:I,output:""});continue}let _e=A.braces>0&&(z.type==="comma"||z.type==="brace"),tt=ee.length&&(z.type==="pipe"||z.type==="paren");if(!ke&&z.type!=="paren"&&!_e&&!tt){ne({type:"star",value:I,output:""});continue}for(;B.slice(0,3)==="/**";){let nt=e[A.index+4];if(nt&&nt!=="/")break;B=B.slice(3),Ce("/**",3)}let Pt=F()||A.parens>0&&B===")".repeat(A.parens)&&!ee.some(nt=>nt.type==="negate");if(z.type==="bos"&&F()){R.type="globstar",R.value+=I,R.output=j(n),A.output=R.output,A.globstar=!0,Ce(I);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&!De&&Pt){A.output=A.output.slice(0,-(z.output+R.output).length),z.output=`(?:${z.output}`,R.type="globstar",R.output=j(n)+(n.strictSlashes?")":"|$)"),R.value+=I,A.globstar=!0,A.output+=z.output+R.output,Ce(I);continue}if(z.type==="slash"&&z.prev.type!=="bos"&&B[0]==="/"){let nt=B[1]!==void 0?"|$":"";A.output=A.output.slice(0,-(z.output+R.output).length),z.output=`(?:${z.output}`,R.type="globstar",R.output=`${j(n)}${p}|${p}${nt})`,R.value+=I,A.output+=z.output+R.output,A.globstar=!0,Ce(I+Fe()),ne({type:"slash",value:"/",output:""});continue}if(z.type==="bos"&&B[0]==="/"){R.type="globstar",R.value+=I,R.output=`(?:^|${p}|${j(n)}${p})`,A.output=R.output,A.globstar=!0,Ce(I+Fe()),ne({type:"slash",value:"/",output:""});continue}A.output=A.output.slice(0,-R.output.length),R.type="globstar",R.output=j(n),R.value+=I,A.output+=R.output,A.globstar=!0,Ce(I);continue}let Se={type:"star",value:I,output:Y};if(n.bash===!0){Se.output=".*?",(R.type==="bos"||R.type==="slash")&&(Se.output=X+Se.output),ne(Se);continue}if(R&&(R.type==="bracket"||R.type==="paren")&&n.regex===!0){Se.output=I,ne(Se);continue}(A.index===A.start||R.type==="slash"||R.type==="dot")&&(R.type==="dot"?(A.output+=w,R.output+=w):n.dot===!0?(A.output+=v,R.output+=v):(A.output+=X,R.output+=X),we()!=="*"&&(A.output+=m,R.output+=m)),ne(Se)}for(;A.brackets>0;){if(n.strictBrackets===!0)throw new SyntaxError(ii("closing","]"));A.output=It.escapeLast(A.output,"["),_t("brackets")}for(;A.parens>0;){if(n.strictBrackets===!0)throw new SyntaxError(ii("closing",")"));A.output=It.escapeLast(A.output,"("),_t("parens")}for(;A.braces>0;){if(n.strictBrackets===!0)throw new SyntaxError(ii("closing","}"));A.output=It.escapeLast(A.output,"{"),_t("braces")}if(n.strictSlashes!==!0&&(R.type==="star"||R.type==="bracket")&&ne({type:"maybe_slash",value:"",output:`${p}?`}),A.backtrack===!0){A.output="";for(let B of A.tokens)A.output+=B.output!=null?B.output:B.value,B.suffix&&(A.output+=B.suffix)}return A};ng.fastpaths=(e,t)=>{let n={...t},r=typeof n.maxLength=="number"?Math.min(Pu,n.maxLength):Pu,i=e.length;if(i>r)throw new SyntaxError(`Input length: ${i}, exceeds maximum allowed length: ${r}`);e=Fv[e]||e;let{DOT_LITERAL:o,SLASH_LITERAL:s,ONE_CHAR:a,DOTS_SLASH:c,NO_DOT:u,NO_DOTS:l,NO_DOTS_SLASH:f,STAR:p,START_ANCHOR:m}=Po.globChars(n.windows),b=n.dot?l:u,g=n.dot?f:u,w=n.capture?"":"?:",v={negated:!1,prefix:""},y=n.bash===!0?".*?":p;n.capture&&(y=`(${y})`);let _=X=>X.noglobstar===!0?y:`(${w}(?:(?!${m}${X.dot?c:o}).)*?)`,E=X=>{switch(X){case"*":return`${b}${a}${y}`;case".*":return`${o}${a}${y}`;case"*.*":return`${b}${y}${o}${a}${y}`;case"*/*":return`${b}${y}${s}${a}${g}${y}`;case"**":return b+_(n);case"**/*":return`(?:${b}${_(n)}${s})?${g}${a}${y}`;case"**/*.*":return`(?:${b}${_(n)}${s})?${g}${y}${o}${a}${y}`;case"**/.*":return`(?:${b}${_(n)}${s})?${o}${a}${y}`;default:{let H=/^(.*?)\.(\w+)$/.exec(X);if(!H)return;let Y=E(H[1]);return Y?Y+o+H[2]:void 0}}},G=It.removePrefix(e,v),j=E(G);return j&&n.strictSlashes!==!0&&(j+=`${s}?`),j};Mv.exports=ng});var Uv=sr((uF,qv)=>{"use strict";var vP=Nv(),rg=zv(),Lv=Io(),wP=Ro(),xP=e=>e&&typeof e=="object"&&!Array.isArray(e),Ue=(e,t,n=!1)=>{if(Array.isArray(e)){let l=e.map(p=>Ue(p,t,n));return p=>{for(let m of l){let b=m(p);if(b)return b}return!1}}let r=xP(e)&&e.tokens&&e.input;if(e===""||typeof e!="string"&&!r)throw new TypeError("Expected pattern to be a non-empty string");let i=t||{},o=i.windows,s=r?Ue.compileRe(e,t):Ue.makeRe(e,t,!1,!0),a=s.state;delete s.state;let c=()=>!1;if(i.ignore){let l={...t,ignore:null,onMatch:null,onResult:null};c=Ue(i.ignore,l,n)}let u=(l,f=!1)=>{let{isMatch:p,match:m,output:b}=Ue.test(l,s,t,{glob:e,posix:o}),g={glob:e,state:a,regex:s,posix:o,input:l,output:b,match:m,isMatch:p};return typeof i.onResult=="function"&&i.onResult(g),p===!1?(g.isMatch=!1,f?g:!1):c(l)?(typeof i.onIgnore=="function"&&i.onIgnore(g),g.isMatch=!1,f?g:!1):(typeof i.onMatch=="function"&&i.onMatch(g),f?g:!0)};return n&&(u.state=a),u};Ue.test=(e,t,n,{glob:r,posix:i}={})=>{if(typeof e!="string")throw new TypeError("Expected input to be a string");if(e==="")return{isMatch:!1,output:""};let o=n||{},s=o.format||(i?Lv.toPosixSlashes:null),a=e===r,c=a&&s?s(e):e;return a===!1&&(c=s?s(e):e,a=c===r),(a===!1||o.capture===!0)&&(o.matchBase===!0||o.basename===!0?a=Ue.matchBase(e,t,n,i):a=t.exec(c)),{isMatch:!!a,match:a,output:c}};Ue.matchBase=(e,t,n,r=n&&n.windows)=>(t instanceof RegExp?t:Ue.makeRe(t,n)).test(Lv.basename(e,{windows:r}));Ue.isMatch=(e,t,n)=>Ue(t,n)(e);Ue.parse=(e,t)=>Array.isArray(e)?e.map(n=>Ue.parse(n,t)):rg(e,{...t,fastpaths:!1});Ue.scan=(e,t)=>vP(e,t);Ue.compileRe=(e,t,n=!1,r=!1)=>{if(n===!0)return e.output;let i=t||{},o=i.contains?"":"^",s=i.contains?"":"$",a=`${o}(?:${e.output})${s}`;e&&e.negated===!0&&(a=`^(?!${a}).*$`);let c=Ue.toRegex(a,t);return r===!0&&(c.state=e),c};Ue.makeRe=(e,t={},n=!1,r=!1)=>{if(!e||typeof e!="string")throw new TypeError("Expected a non-empty string");let i={negated:!1,fastpaths:!0};return t.fastpaths!==!1&&(e[0]==="."||e[0]==="*")&&(i.output=rg.fastpaths(e,t)),i.output||(i=rg(e,t)),Ue.compileRe(i,t,n,r)};Ue.toRegex=(e,t)=>{try{let n=t||{};return new RegExp(e,n.flags||(n.nocase?"i":""))}catch(n){if(t&&t.debug===!0)throw n;return/$^/}};Ue.constants=wP;qv.exports=Ue});var Vv=sr((cF,Zv)=>{"use strict";var jv=Uv(),kP=Io();function Bv(e,t,n=!1){return t&&(t.windows===null||t.windows===void 0)&&(t={...t,windows:kP.isWindows()}),jv(e,t,n)}Object.assign(Bv,jv);Zv.exports=Bv});import{randomUUID as _E}from"node:crypto";import{existsSync as $E,readFileSync as AE}from"node:fs";import*as gg from"os";function fn(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function qu(e){return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}:{}}function ar(e,t,n){let r=new Uu(e,t,n);process.stdout.write(r.toString()+gg.EOL)}var hg="::",Uu=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=n,this.message=r}toString(){let t=hg+this.command;if(this.properties&&Object.keys(this.properties).length>0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let i=this.properties[r];i&&(n?n=!1:t+=",",t+=`${r}=${Vw(i)}`)}}return t+=`${hg}${Zw(this.message)}`,t}};function Zw(e){return fn(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Vw(e){return fn(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}import*as bg from"crypto";import*as Do from"fs";import*as Fo from"os";function yg(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment variable for file command ${e}`);if(!Do.existsSync(n))throw new Error(`Missing file at path: ${n}`);Do.appendFileSync(n,`${fn(t)}${Fo.EOL}`,{encoding:"utf8"})}function vg(e,t){let n=`ghadelimiter_${bg.randomUUID()}`,r=fn(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}"`);return`${e}<<${n}${Fo.EOL}${r}${Fo.EOL}${n}`}import*as Gu from"os";import{EOL as Gw}from"os";import{constants as wg,promises as Kw}from"fs";var ju=function(e,t,n,r){function i(o){return o instanceof n?o:new n(function(s){s(o)})}return new(n||(n=Promise))(function(o,s){function a(l){try{u(r.next(l))}catch(f){s(f)}}function c(l){try{u(r.throw(l))}catch(f){s(f)}}function u(l){l.done?o(l.value):i(l.value).then(a,c)}u((r=r.apply(e,t||[])).next())})},{access:Hw,appendFile:Ww,writeFile:Jw}=Kw,xg="GITHUB_STEP_SUMMARY";var Bu=class{constructor(){this._buffer=""}filePath(){return ju(this,void 0,void 0,function*(){if(this._filePath)return this._filePath;let t=process.env[xg];if(!t)throw new Error(`Unable to find environment variable for $${xg}. Check if your runtime environment supports job summaries.`);try{yield Hw(t,wg.R_OK|wg.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){let i=Object.entries(r).map(([o,s])=>` ${o}="${s}"`).join("");return n?`<${t}${i}>${n}</${t}>`:`<${t}${i}>`}write(t){return ju(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?Jw:Ww)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return ju(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?this.addEOL():this}addEOL(){return this.addRaw(Gw)}addCodeBlock(t,n){let r=Object.assign({},n&&{lang:n}),i=this.wrap("pre",this.wrap("code",t),r);return this.addRaw(i).addEOL()}addList(t,n=!1){let r=n?"ol":"ul",i=t.map(s=>this.wrap("li",s)).join(""),o=this.wrap(r,i);return this.addRaw(o).addEOL()}addTable(t){let n=t.map(i=>{let o=i.map(s=>{if(typeof s=="string")return this.wrap("td",s);let{header:a,data:c,colspan:u,rowspan:l}=s,f=a?"th":"td",p=Object.assign(Object.assign({},u&&{colspan:u}),l&&{rowspan:l});return this.wrap(f,c,p)}).join("");return this.wrap("tr",o)}).join(""),r=this.wrap("table",n);return this.addRaw(r).addEOL()}addDetails(t,n){let r=this.wrap("details",this.wrap("summary",t)+n);return this.addRaw(r).addEOL()}addImage(t,n,r){let{width:i,height:o}=r||{},s=Object.assign(Object.assign({},i&&{width:i}),o&&{height:o}),a=this.wrap("img",null,Object.assign({src:t,alt:n},s));return this.addRaw(a).addEOL()}addHeading(t,n){let r=`h${n}`,i=["h1","h2","h3","h4","h5","h6"].includes(r)?r:"h1",o=this.wrap(i,t);return this.addRaw(o).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,n){let r=Object.assign({},n&&{cite:n}),i=this.wrap("blockquote",t,r);return this.addRaw(i).addEOL()}addLink(t,n){let r=this.wrap("a",t,{href:n});return this.addRaw(r).addEOL()}},Xw=new Bu;var Zu=Xw;var Vu;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(Vu||(Vu={}));function kg(e){ar("add-mask",{},e)}function _g(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function $g(e,t){if(process.env.GITHUB_OUTPUT||"")return yg("OUTPUT",vg(e,t));process.stdout.write(Gu.EOL),ar("set-output",{name:e},fn(t))}function Ag(e){process.exitCode=Vu.Failure,Hu(e)}function Ku(e){ar("debug",{},e)}function Hu(e,t={}){ar("error",qu(t),e instanceof Error?e.toString():e)}function Sg(e,t={}){ar("warning",qu(t),e instanceof Error?e.toString():e)}function Rg(e){process.stdout.write(e+Gu.EOL)}var ur=9e15,gn=1e9,Wu="0123456789abcdef",Lo="2.3025850929940456840179914546843642076011014886287729760333279009675726096773524802359972050895982983419677840422862486334095254650828067566662873690987816894829072083255546808437998948262331985283935053089653777326288461633662222876982198867465436674744042432743651550489343149393914796194044002221051017141748003688084012647080685567743216228355220114804663715659121373450747856947683463616792101806445070648000277502684916746550586856935673420670581136429224554405758925724208241314695689016758940256776311356919292033376587141660230105703089634572075440370847469940168269282808481184289314848524948644871927809676271275775397027668605952496716674183485704422507197965004714951050492214776567636938662976979522110718264549734772662425709429322582798502585509785265383207606726317164309505995087807523710333101197857547331541421808427543863591778117054309827482385045648019095610299291824318237525357709750539565187697510374970888692180205189339507238539205144634197265287286965110862571492198849978748873771345686209167058",qo="3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185480744623799627495673518857527248912279381830119491298336733624406566430860213949463952247371907021798609437027705392171762931767523846748184676694051320005681271452635608277857713427577896091736371787214684409012249534301465495853710507922796892589235420199561121290219608640344181598136297747713099605187072113499999983729780499510597317328160963185950244594553469083026425223082533446850352619311881710100031378387528865875332083814206171776691473035982534904287554687311595628638823537875937519577818577805321712268066130019278766111959092164201989380952572010654858632789",Ju={precision:20,rounding:4,modulo:1,toExpNeg:-7,toExpPos:21,minE:-ur,maxE:ur,crypto:!1},Tg,Qt,pe=!0,jo="[DecimalError] ",hn=jo+"Invalid argument: ",Og=jo+"Precision limit exceeded",Cg=jo+"crypto unavailable",Ng="[object Decimal]",Ye=Math.floor,Be=Math.pow,Qw=/^0b([01]+(\.[01]*)?|\.[01]+)(p[+-]?\d+)?$/i,ex=/^0x([0-9a-f]+(\.[0-9a-f]*)?|\.[0-9a-f]+)(p[+-]?\d+)?$/i,tx=/^0o([0-7]+(\.[0-7]*)?|\.[0-7]+)(p[+-]?\d+)?$/i,Fg=/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,Ft=1e7,ie=7,nx=9007199254740991,rx=Lo.length-1,Xu=qo.length-1,D={toStringTag:Ng};D.absoluteValue=D.abs=function(){var e=new this.constructor(this);return e.s<0&&(e.s=1),Q(e)};D.ceil=function(){return Q(new this.constructor(this),this.e+1,2)};D.clampedTo=D.clamp=function(e,t){var n,r=this,i=r.constructor;if(e=new i(e),t=new i(t),!e.s||!t.s)return new i(NaN);if(e.gt(t))throw Error(hn+t);return n=r.cmp(e),n<0?e:r.cmp(t)>0?t:new i(r)};D.comparedTo=D.cmp=function(e){var t,n,r,i,o=this,s=o.d,a=(e=new o.constructor(e)).d,c=o.s,u=e.s;if(!s||!a)return!c||!u?NaN:c!==u?c:s===a?0:!s^c<0?1:-1;if(!s[0]||!a[0])return s[0]?c:a[0]?-u:0;if(c!==u)return c;if(o.e!==e.e)return o.e>e.e^c<0?1:-1;for(r=s.length,i=a.length,t=0,n=r<i?r:i;t<n;++t)if(s[t]!==a[t])return s[t]>a[t]^c<0?1:-1;return r===i?0:r>i^c<0?1:-1};D.cosine=D.cos=function(){var e,t,n=this,r=n.constructor;return n.d?n.d[0]?(e=r.precision,t=r.rounding,r.precision=e+Math.max(n.e,n.sd())+ie,r.rounding=1,n=ix(r,qg(r,n)),r.precision=e,r.rounding=t,Q(Qt==2||Qt==3?n.neg():n,e,t,!0)):new r(1):new r(NaN)};D.cubeRoot=D.cbrt=function(){var e,t,n,r,i,o,s,a,c,u,l=this,f=l.constructor;if(!l.isFinite()||l.isZero())return new f(l);for(pe=!1,o=l.s*Be(l.s*l,1/3),!o||Math.abs(o)==1/0?(n=We(l.d),e=l.e,(o=(e-n.length+1)%3)&&(n+=o==1||o==-2?"0":"00"),o=Be(n,1/3),e=Ye((e+1)/3)-(e%3==(e<0?-1:2)),o==1/0?n="5e"+e:(n=o.toExponential(),n=n.slice(0,n.indexOf("e")+1)+e),r=new f(n),r.s=l.s):r=new f(o.toString()),s=(e=f.precision)+3;;)if(a=r,c=a.times(a).times(a),u=c.plus(l),r=Ne(u.plus(l).times(a),u.plus(c),s+2,1),We(a.d).slice(0,s)===(n=We(r.d)).slice(0,s))if(n=n.slice(s-3,s+1),n=="9999"||!i&&n=="4999"){if(!i&&(Q(a,e+1,0),a.times(a).times(a).eq(l))){r=a;break}s+=4,i=1}else{(!+n||!+n.slice(1)&&n.charAt(0)=="5")&&(Q(r,e+1,1),t=!r.times(r).times(r).eq(l));break}return pe=!0,Q(r,e,f.rounding,t)};D.decimalPlaces=D.dp=function(){var e,t=this.d,n=NaN;if(t){if(e=t.length-1,n=(e-Ye(this.e/ie))*ie,e=t[e],e)for(;e%10==0;e/=10)n--;n<0&&(n=0)}return n};D.dividedBy=D.div=function(e){return Ne(this,new this.constructor(e))};D.dividedToIntegerBy=D.divToInt=function(e){var t=this,n=t.constructor;return Q(Ne(t,new n(e),0,1,1),n.precision,n.rounding)};D.equals=D.eq=function(e){return this.cmp(e)===0};D.floor=function(){return Q(new this.constructor(this),this.e+1,3)};D.greaterThan=D.gt=function(e){return this.cmp(e)>0};D.greaterThanOrEqualTo=D.gte=function(e){var t=this.cmp(e);return t==1||t===0};D.hyperbolicCosine=D.cosh=function(){var e,t,n,r,i,o=this,s=o.constructor,a=new s(1);if(!o.isFinite())return new s(o.s?1/0:NaN);if(o.isZero())return a;n=s.precision,r=s.rounding,s.precision=n+Math.max(o.e,o.sd())+4,s.rounding=1,i=o.d.length,i<32?(e=Math.ceil(i/3),t=(1/Zo(4,e)).toString()):(e=16,t="2.3283064365386962890625e-10"),o=cr(s,1,o.times(t),new s(1),!0);for(var c,u=e,l=new s(8);u--;)c=o.times(o),o=a.minus(c.times(l.minus(c.times(l))));return Q(o,s.precision=n,s.rounding=r,!0)};D.hyperbolicSine=D.sinh=function(){var e,t,n,r,i=this,o=i.constructor;if(!i.isFinite()||i.isZero())return new o(i);if(t=o.precision,n=o.rounding,o.precision=t+Math.max(i.e,i.sd())+4,o.rounding=1,r=i.d.length,r<3)i=cr(o,2,i,i,!0);else{e=1.4*Math.sqrt(r),e=e>16?16:e|0,i=i.times(1/Zo(5,e)),i=cr(o,2,i,i,!0);for(var s,a=new o(5),c=new o(16),u=new o(20);e--;)s=i.times(i),i=i.times(a.plus(s.times(c.times(s).plus(u))))}return o.precision=t,o.rounding=n,Q(i,t,n,!0)};D.hyperbolicTangent=D.tanh=function(){var e,t,n=this,r=n.constructor;return n.isFinite()?n.isZero()?new r(n):(e=r.precision,t=r.rounding,r.precision=e+7,r.rounding=1,Ne(n.sinh(),n.cosh(),r.precision=e,r.rounding=t)):new r(n.s)};D.inverseCosine=D.acos=function(){var e=this,t=e.constructor,n=e.abs().cmp(1),r=t.precision,i=t.rounding;return n!==-1?n===0?e.isNeg()?Zt(t,r,i):new t(0):new t(NaN):e.isZero()?Zt(t,r+4,i).times(.5):(t.precision=r+6,t.rounding=1,e=new t(1).minus(e).div(e.plus(1)).sqrt().atan(),t.precision=r,t.rounding=i,e.times(2))};D.inverseHyperbolicCosine=D.acosh=function(){var e,t,n=this,r=n.constructor;return n.lte(1)?new r(n.eq(1)?0:NaN):n.isFinite()?(e=r.precision,t=r.rounding,r.precision=e+Math.max(Math.abs(n.e),n.sd())+4,r.rounding=1,pe=!1,n=n.times(n).minus(1).sqrt().plus(n),pe=!0,r.precision=e,r.rounding=t,n.ln()):new r(n)};D.inverseHyperbolicSine=D.asinh=function(){var e,t,n=this,r=n.constructor;return!n.isFinite()||n.isZero()?new r(n):(e=r.precision,t=r.rounding,r.precision=e+2*Math.max(Math.abs(n.e),n.sd())+6,r.rounding=1,pe=!1,n=n.times(n).plus(1).sqrt().plus(n),pe=!0,r.precision=e,r.rounding=t,n.ln())};D.inverseHyperbolicTangent=D.atanh=function(){var e,t,n,r,i=this,o=i.constructor;return i.isFinite()?i.e>=0?new o(i.abs().eq(1)?i.s/0:i.isZero()?i:NaN):(e=o.precision,t=o.rounding,r=i.sd(),Math.max(r,e)<2*-i.e-1?Q(new o(i),e,t,!0):(o.precision=n=r-i.e,i=Ne(i.plus(1),new o(1).minus(i),n+e,1),o.precision=e+4,o.rounding=1,i=i.ln(),o.precision=e,o.rounding=t,i.times(.5))):new o(NaN)};D.inverseSine=D.asin=function(){var e,t,n,r,i=this,o=i.constructor;return i.isZero()?new o(i):(t=i.abs().cmp(1),n=o.precision,r=o.rounding,t!==-1?t===0?(e=Zt(o,n+4,r).times(.5),e.s=i.s,e):new o(NaN):(o.precision=n+6,o.rounding=1,i=i.div(new o(1).minus(i.times(i)).sqrt().plus(1)).atan(),o.precision=n,o.rounding=r,i.times(2)))};D.inverseTangent=D.atan=function(){var e,t,n,r,i,o,s,a,c,u=this,l=u.constructor,f=l.precision,p=l.rounding;if(u.isFinite()){if(u.isZero())return new l(u);if(u.abs().eq(1)&&f+4<=Xu)return s=Zt(l,f+4,p).times(.25),s.s=u.s,s}else{if(!u.s)return new l(NaN);if(f+4<=Xu)return s=Zt(l,f+4,p).times(.5),s.s=u.s,s}for(l.precision=a=f+10,l.rounding=1,n=Math.min(28,a/ie+2|0),e=n;e;--e)u=u.div(u.times(u).plus(1).sqrt().plus(1));for(pe=!1,t=Math.ceil(a/ie),r=1,c=u.times(u),s=new l(u),i=u;e!==-1;)if(i=i.times(c),o=s.minus(i.div(r+=2)),i=i.times(c),s=o.plus(i.div(r+=2)),s.d[t]!==void 0)for(e=t;s.d[e]===o.d[e]&&e--;);return n&&(s=s.times(2<<n-1)),pe=!0,Q(s,l.precision=f,l.rounding=p,!0)};D.isFinite=function(){return!!this.d};D.isInteger=D.isInt=function(){return!!this.d&&Ye(this.e/ie)>this.d.length-2};D.isNaN=function(){return!this.s};D.isNegative=D.isNeg=function(){return this.s<0};D.isPositive=D.isPos=function(){return this.s>0};D.isZero=function(){return!!this.d&&this.d[0]===0};D.lessThan=D.lt=function(e){return this.cmp(e)<0};D.lessThanOrEqualTo=D.lte=function(e){return this.cmp(e)<1};D.logarithm=D.log=function(e){var t,n,r,i,o,s,a,c,u=this,l=u.constructor,f=l.precision,p=l.rounding,m=5;if(e==null)e=new l(10),t=!0;else{if(e=new l(e),n=e.d,e.s<0||!n||!n[0]||e.eq(1))return new l(NaN);t=e.eq(10)}if(n=u.d,u.s<0||!n||!n[0]||u.eq(1))return new l(n&&!n[0]?-1/0:u.s!=1?NaN:n?0:1/0);if(t)if(n.length>1)o=!0;else{for(i=n[0];i%10===0;)i/=10;o=i!==1}if(pe=!1,a=f+m,s=mn(u,a),r=t?Uo(l,a+10):mn(e,a),c=Ne(s,r,a,1),fi(c.d,i=f,p))do if(a+=10,s=mn(u,a),r=t?Uo(l,a+10):mn(e,a),c=Ne(s,r,a,1),!o){+We(c.d).slice(i+1,i+15)+1==1e14&&(c=Q(c,f+1,0));break}while(fi(c.d,i+=10,p));return pe=!0,Q(c,f,p)};D.minus=D.sub=function(e){var t,n,r,i,o,s,a,c,u,l,f,p,m=this,b=m.constructor;if(e=new b(e),!m.d||!e.d)return!m.s||!e.s?e=new b(NaN):m.d?e.s=-e.s:e=new b(e.d||m.s!==e.s?m:NaN),e;if(m.s!=e.s)return e.s=-e.s,m.plus(e);if(u=m.d,p=e.d,a=b.precision,c=b.rounding,!u[0]||!p[0]){if(p[0])e.s=-e.s;else if(u[0])e=new b(m);else return new b(c===3?-0:0);return pe?Q(e,a,c):e}if(n=Ye(e.e/ie),l=Ye(m.e/ie),u=u.slice(),o=l-n,o){for(f=o<0,f?(t=u,o=-o,s=p.length):(t=p,n=l,s=u.length),r=Math.max(Math.ceil(a/ie),s)+2,o>r&&(o=r,t.length=1),t.reverse(),r=o;r--;)t.push(0);t.reverse()}else{for(r=u.length,s=p.length,f=r<s,f&&(s=r),r=0;r<s;r++)if(u[r]!=p[r]){f=u[r]<p[r];break}o=0}for(f&&(t=u,u=p,p=t,e.s=-e.s),s=u.length,r=p.length-s;r>0;--r)u[s++]=0;for(r=p.length;r>o;){if(u[--r]<p[r]){for(i=r;i&&u[--i]===0;)u[i]=Ft-1;--u[i],u[r]+=Ft}u[r]-=p[r]}for(;u[--s]===0;)u.pop();for(;u[0]===0;u.shift())--n;return u[0]?(e.d=u,e.e=Bo(u,n),pe?Q(e,a,c):e):new b(c===3?-0:0)};D.modulo=D.mod=function(e){var t,n=this,r=n.constructor;return e=new r(e),!n.d||!e.s||e.d&&!e.d[0]?new r(NaN):!e.d||n.d&&!n.d[0]?Q(new r(n),r.precision,r.rounding):(pe=!1,r.modulo==9?(t=Ne(n,e.abs(),0,3,1),t.s*=e.s):t=Ne(n,e,0,r.modulo,1),t=t.times(e),pe=!0,n.minus(t))};D.naturalExponential=D.exp=function(){return Yu(this)};D.naturalLogarithm=D.ln=function(){return mn(this)};D.negated=D.neg=function(){var e=new this.constructor(this);return e.s=-e.s,Q(e)};D.plus=D.add=function(e){var t,n,r,i,o,s,a,c,u,l,f=this,p=f.constructor;if(e=new p(e),!f.d||!e.d)return!f.s||!e.s?e=new p(NaN):f.d||(e=new p(e.d||f.s===e.s?f:NaN)),e;if(f.s!=e.s)return e.s=-e.s,f.minus(e);if(u=f.d,l=e.d,a=p.precision,c=p.rounding,!u[0]||!l[0])return l[0]||(e=new p(f)),pe?Q(e,a,c):e;if(o=Ye(f.e/ie),r=Ye(e.e/ie),u=u.slice(),i=o-r,i){for(i<0?(n=u,i=-i,s=l.length):(n=l,r=o,s=u.length),o=Math.ceil(a/ie),s=o>s?o+1:s+1,i>s&&(i=s,n.length=1),n.reverse();i--;)n.push(0);n.reverse()}for(s=u.length,i=l.length,s-i<0&&(i=s,n=l,l=u,u=n),t=0;i;)t=(u[--i]=u[i]+l[i]+t)/Ft|0,u[i]%=Ft;for(t&&(u.unshift(t),++r),s=u.length;u[--s]==0;)u.pop();return e.d=u,e.e=Bo(u,r),pe?Q(e,a,c):e};D.precision=D.sd=function(e){var t,n=this;if(e!==void 0&&e!==!!e&&e!==1&&e!==0)throw Error(hn+e);return n.d?(t=Dg(n.d),e&&n.e+1>t&&(t=n.e+1)):t=NaN,t};D.round=function(){var e=this,t=e.constructor;return Q(new t(e),e.e+1,t.rounding)};D.sine=D.sin=function(){var e,t,n=this,r=n.constructor;return n.isFinite()?n.isZero()?new r(n):(e=r.precision,t=r.rounding,r.precision=e+Math.max(n.e,n.sd())+ie,r.rounding=1,n=sx(r,qg(r,n)),r.precision=e,r.rounding=t,Q(Qt>2?n.neg():n,e,t,!0)):new r(NaN)};D.squareRoot=D.sqrt=function(){var e,t,n,r,i,o,s=this,a=s.d,c=s.e,u=s.s,l=s.constructor;if(u!==1||!a||!a[0])return new l(!u||u<0&&(!a||a[0])?NaN:a?s:1/0);for(pe=!1,u=Math.sqrt(+s),u==0||u==1/0?(t=We(a),(t.length+c)%2==0&&(t+="0"),u=Math.sqrt(t),c=Ye((c+1)/2)-(c<0||c%2),u==1/0?t="5e"+c:(t=u.toExponential(),t=t.slice(0,t.indexOf("e")+1)+c),r=new l(t)):r=new l(u.toString()),n=(c=l.precision)+3;;)if(o=r,r=o.plus(Ne(s,o,n+2,1)).times(.5),We(o.d).slice(0,n)===(t=We(r.d)).slice(0,n))if(t=t.slice(n-3,n+1),t=="9999"||!i&&t=="4999"){if(!i&&(Q(o,c+1,0),o.times(o).eq(s))){r=o;break}n+=4,i=1}else{(!+t||!+t.slice(1)&&t.charAt(0)=="5")&&(Q(r,c+1,1),e=!r.times(r).eq(s));break}return pe=!0,Q(r,c,l.rounding,e)};D.tangent=D.tan=function(){var e,t,n=this,r=n.constructor;return n.isFinite()?n.isZero()?new r(n):(e=r.precision,t=r.rounding,r.precision=e+10,r.rounding=1,n=n.sin(),n.s=1,n=Ne(n,new r(1).minus(n.times(n)).sqrt(),e+10,0),r.precision=e,r.rounding=t,Q(Qt==2||Qt==4?n.neg():n,e,t,!0)):new r(NaN)};D.times=D.mul=function(e){var t,n,r,i,o,s,a,c,u,l=this,f=l.constructor,p=l.d,m=(e=new f(e)).d;if(e.s*=l.s,!p||!p[0]||!m||!m[0])return new f(!e.s||p&&!p[0]&&!m||m&&!m[0]&&!p?NaN:!p||!m?e.s/0:e.s*0);for(n=Ye(l.e/ie)+Ye(e.e/ie),c=p.length,u=m.length,c<u&&(o=p,p=m,m=o,s=c,c=u,u=s),o=[],s=c+u,r=s;r--;)o.push(0);for(r=u;--r>=0;){for(t=0,i=c+r;i>r;)a=o[i]+m[r]*p[i-r-1]+t,o[i--]=a%Ft|0,t=a/Ft|0;o[i]=(o[i]+t)%Ft|0}for(;!o[--s];)o.pop();return t?++n:o.shift(),e.d=o,e.e=Bo(o,n),pe?Q(e,f.precision,f.rounding):e};D.toBinary=function(e,t){return Qu(this,2,e,t)};D.toDecimalPlaces=D.toDP=function(e,t){var n=this,r=n.constructor;return n=new r(n),e===void 0?n:(dt(e,0,gn),t===void 0?t=r.rounding:dt(t,0,8),Q(n,e+n.e+1,t))};D.toExponential=function(e,t){var n,r=this,i=r.constructor;return e===void 0?n=Vt(r,!0):(dt(e,0,gn),t===void 0?t=i.rounding:dt(t,0,8),r=Q(new i(r),e+1,t),n=Vt(r,!0,e+1)),r.isNeg()&&!r.isZero()?"-"+n:n};D.toFixed=function(e,t){var n,r,i=this,o=i.constructor;return e===void 0?n=Vt(i):(dt(e,0,gn),t===void 0?t=o.rounding:dt(t,0,8),r=Q(new o(i),e+i.e+1,t),n=Vt(r,!1,e+r.e+1)),i.isNeg()&&!i.isZero()?"-"+n:n};D.toFraction=function(e){var t,n,r,i,o,s,a,c,u,l,f,p,m=this,b=m.d,g=m.constructor;if(!b)return new g(m);if(u=n=new g(1),r=c=new g(0),t=new g(r),o=t.e=Dg(b)-m.e-1,s=o%ie,t.d[0]=Be(10,s<0?ie+s:s),e==null)e=o>0?t:u;else{if(a=new g(e),!a.isInt()||a.lt(u))throw Error(hn+a);e=a.gt(t)?o>0?t:u:a}for(pe=!1,a=new g(We(b)),l=g.precision,g.precision=o=b.length*ie*2;f=Ne(a,t,0,1,1),i=n.plus(f.times(r)),i.cmp(e)!=1;)n=r,r=i,i=u,u=c.plus(f.times(i)),c=i,i=t,t=a.minus(f.times(i)),a=i;return i=Ne(e.minus(n),r,0,1,1),c=c.plus(i.times(u)),n=n.plus(i.times(r)),c.s=u.s=m.s,p=Ne(u,r,o,1).minus(m).abs().cmp(Ne(c,n,o,1).minus(m).abs())<1?[u,r]:[c,n],g.precision=l,pe=!0,p};D.toHexadecimal=D.toHex=function(e,t){return Qu(this,16,e,t)};D.toNearest=function(e,t){var n=this,r=n.constructor;if(n=new r(n),e==null){if(!n.d)return n;e=new r(1),t=r.rounding}else{if(e=new r(e),t===void 0?t=r.rounding:dt(t,0,8),!n.d)return e.s?n:e;if(!e.d)return e.s&&(e.s=n.s),e}return e.d[0]?(pe=!1,n=Ne(n,e,0,t,1).times(e),pe=!0,Q(n)):(e.s=n.s,n=e),n};D.toNumber=function(){return+this};D.toOctal=function(e,t){return Qu(this,8,e,t)};D.toPower=D.pow=function(e){var t,n,r,i,o,s,a=this,c=a.constructor,u=+(e=new c(e));if(!a.d||!e.d||!a.d[0]||!e.d[0])return new c(Be(+a,u));if(a=new c(a),a.eq(1))return a;if(r=c.precision,o=c.rounding,e.eq(1))return Q(a,r,o);if(t=Ye(e.e/ie),t>=e.d.length-1&&(n=u<0?-u:u)<=nx)return i=Mg(c,a,n,r),e.s<0?new c(1).div(i):Q(i,r,o);if(s=a.s,s<0){if(t<e.d.length-1)return new c(NaN);if((e.d[t]&1)==0&&(s=1),a.e==0&&a.d[0]==1&&a.d.length==1)return a.s=s,a}return n=Be(+a,u),t=n==0||!isFinite(n)?Ye(u*(Math.log("0."+We(a.d))/Math.LN10+a.e+1)):new c(n+"").e,t>c.maxE+1||t<c.minE-1?new c(t>0?s/0:0):(pe=!1,c.rounding=a.s=1,n=Math.min(12,(t+"").length),i=Yu(e.times(mn(a,r+n)),r),i.d&&(i=Q(i,r+5,1),fi(i.d,r,o)&&(t=r+10,i=Q(Yu(e.times(mn(a,t+n)),t),t+5,1),+We(i.d).slice(r+1,r+15)+1==1e14&&(i=Q(i,r+1,0)))),i.s=s,pe=!0,c.rounding=o,Q(i,r,o))};D.toPrecision=function(e,t){var n,r=this,i=r.constructor;return e===void 0?n=Vt(r,r.e<=i.toExpNeg||r.e>=i.toExpPos):(dt(e,1,gn),t===void 0?t=i.rounding:dt(t,0,8),r=Q(new i(r),e,t),n=Vt(r,e<=r.e||r.e<=i.toExpNeg,e)),r.isNeg()&&!r.isZero()?"-"+n:n};D.toSignificantDigits=D.toSD=function(e,t){var n=this,r=n.constructor;return e===void 0?(e=r.precision,t=r.rounding):(dt(e,1,gn),t===void 0?t=r.rounding:dt(t,0,8)),Q(new r(n),e,t)};D.toString=function(){var e=this,t=e.constructor,n=Vt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()&&!e.isZero()?"-"+n:n};D.truncated=D.trunc=function(){return Q(new this.constructor(this),this.e+1,1)};D.valueOf=D.toJSON=function(){var e=this,t=e.constructor,n=Vt(e,e.e<=t.toExpNeg||e.e>=t.toExpPos);return e.isNeg()?"-"+n:n};function We(e){var t,n,r,i=e.length-1,o="",s=e[0];if(i>0){for(o+=s,t=1;t<i;t++)r=e[t]+"",n=ie-r.length,n&&(o+=pn(n)),o+=r;s=e[t],r=s+"",n=ie-r.length,n&&(o+=pn(n))}else if(s===0)return"0";for(;s%10===0;)s/=10;return o+s}function dt(e,t,n){if(e!==~~e||e<t||e>n)throw Error(hn+e)}function fi(e,t,n,r){var i,o,s,a;for(o=e[0];o>=10;o/=10)--t;return--t<0?(t+=ie,i=0):(i=Math.ceil((t+1)/ie),t%=ie),o=Be(10,ie-t),a=e[i]%o|0,r==null?t<3?(t==0?a=a/100|0:t==1&&(a=a/10|0),s=n<4&&a==99999||n>3&&a==49999||a==5e4||a==0):s=(n<4&&a+1==o||n>3&&a+1==o/2)&&(e[i+1]/o/100|0)==Be(10,t-2)-1||(a==o/2||a==0)&&(e[i+1]/o/100|0)==0:t<4?(t==0?a=a/1e3|0:t==1?a=a/100|0:t==2&&(a=a/10|0),s=(r||n<4)&&a==9999||!r&&n>3&&a==4999):s=((r||n<4)&&a+1==o||!r&&n>3&&a+1==o/2)&&(e[i+1]/o/1e3|0)==Be(10,t-3)-1,s}function Mo(e,t,n){for(var r,i=[0],o,s=0,a=e.length;s<a;){for(o=i.length;o--;)i[o]*=t;for(i[0]+=Wu.indexOf(e.charAt(s++)),r=0;r<i.length;r++)i[r]>n-1&&(i[r+1]===void 0&&(i[r+1]=0),i[r+1]+=i[r]/n|0,i[r]%=n)}return i.reverse()}function ix(e,t){var n,r,i;if(t.isZero())return t;r=t.d.length,r<32?(n=Math.ceil(r/3),i=(1/Zo(4,n)).toString()):(n=16,i="2.3283064365386962890625e-10"),e.precision+=n,t=cr(e,1,t.times(i),new e(1));for(var o=n;o--;){var s=t.times(t);t=s.times(s).minus(s).times(8).plus(1)}return e.precision-=n,t}var Ne=(function(){function e(r,i,o){var s,a=0,c=r.length;for(r=r.slice();c--;)s=r[c]*i+a,r[c]=s%o|0,a=s/o|0;return a&&r.unshift(a),r}function t(r,i,o,s){var a,c;if(o!=s)c=o>s?1:-1;else for(a=c=0;a<o;a++)if(r[a]!=i[a]){c=r[a]>i[a]?1:-1;break}return c}function n(r,i,o,s){for(var a=0;o--;)r[o]-=a,a=r[o]<i[o]?1:0,r[o]=a*s+r[o]-i[o];for(;!r[0]&&r.length>1;)r.shift()}return function(r,i,o,s,a,c){var u,l,f,p,m,b,g,w,v,y,_,E,G,j,X,H,Y,A,ee,ye,le=r.constructor,R=r.s==i.s?1:-1,I=r.d,F=i.d;if(!I||!I[0]||!F||!F[0])return new le(!r.s||!i.s||(I?F&&I[0]==F[0]:!F)?NaN:I&&I[0]==0||!F?R*0:R/0);for(c?(m=1,l=r.e-i.e):(c=Ft,m=ie,l=Ye(r.e/m)-Ye(i.e/m)),ee=F.length,Y=I.length,v=new le(R),y=v.d=[],f=0;F[f]==(I[f]||0);f++);if(F[f]>(I[f]||0)&&l--,o==null?(j=o=le.precision,s=le.rounding):a?j=o+(r.e-i.e)+1:j=o,j<0)y.push(1),b=!0;else{if(j=j/m+2|0,f=0,ee==1){for(p=0,F=F[0],j++;(f<Y||p)&&j--;f++)X=p*c+(I[f]||0),y[f]=X/F|0,p=X%F|0;b=p||f<Y}else{for(p=c/(F[0]+1)|0,p>1&&(F=e(F,p,c),I=e(I,p,c),ee=F.length,Y=I.length),H=ee,_=I.slice(0,ee),E=_.length;E<ee;)_[E++]=0;ye=F.slice(),ye.unshift(0),A=F[0],F[1]>=c/2&&++A;do p=0,u=t(F,_,ee,E),u<0?(G=_[0],ee!=E&&(G=G*c+(_[1]||0)),p=G/A|0,p>1?(p>=c&&(p=c-1),g=e(F,p,c),w=g.length,E=_.length,u=t(g,_,w,E),u==1&&(p--,n(g,ee<w?ye:F,w,c))):(p==0&&(u=p=1),g=F.slice()),w=g.length,w<E&&g.unshift(0),n(_,g,E,c),u==-1&&(E=_.length,u=t(F,_,ee,E),u<1&&(p++,n(_,ee<E?ye:F,E,c))),E=_.length):u===0&&(p++,_=[0]),y[f++]=p,u&&_[0]?_[E++]=I[H]||0:(_=[I[H]],E=1);while((H++<Y||_[0]!==void 0)&&j--);b=_[0]!==void 0}y[0]||y.shift()}if(m==1)v.e=l,Tg=b;else{for(f=1,p=y[0];p>=10;p/=10)f++;v.e=f+l*m-1,Q(v,a?o+v.e+1:o,s,b)}return v}})();function Q(e,t,n,r){var i,o,s,a,c,u,l,f,p,m=e.constructor;e:if(t!=null){if(f=e.d,!f)return e;for(i=1,a=f[0];a>=10;a/=10)i++;if(o=t-i,o<0)o+=ie,s=t,l=f[p=0],c=l/Be(10,i-s-1)%10|0;else if(p=Math.ceil((o+1)/ie),a=f.length,p>=a)if(r){for(;a++<=p;)f.push(0);l=c=0,i=1,o%=ie,s=o-ie+1}else break e;else{for(l=a=f[p],i=1;a>=10;a/=10)i++;o%=ie,s=o-ie+i,c=s<0?0:l/Be(10,i-s-1)%10|0}if(r=r||t<0||f[p+1]!==void 0||(s<0?l:l%Be(10,i-s-1)),u=n<4?(c||r)&&(n==0||n==(e.s<0?3:2)):c>5||c==5&&(n==4||r||n==6&&(o>0?s>0?l/Be(10,i-s):0:f[p-1])%10&1||n==(e.s<0?8:7)),t<1||!f[0])return f.length=0,u?(t-=e.e+1,f[0]=Be(10,(ie-t%ie)%ie),e.e=-t||0):f[0]=e.e=0,e;if(o==0?(f.length=p,a=1,p--):(f.length=p+1,a=Be(10,ie-o),f[p]=s>0?(l/Be(10,i-s)%Be(10,s)|0)*a:0),u)for(;;)if(p==0){for(o=1,s=f[0];s>=10;s/=10)o++;for(s=f[0]+=a,a=1;s>=10;s/=10)a++;o!=a&&(e.e++,f[0]==Ft&&(f[0]=1));break}else{if(f[p]+=a,f[p]!=Ft)break;f[p--]=0,a=1}for(o=f.length;f[--o]===0;)f.pop()}return pe&&(e.e>m.maxE?(e.d=null,e.e=NaN):e.e<m.minE&&(e.e=0,e.d=[0])),e}function Vt(e,t,n){if(!e.isFinite())return Lg(e);var r,i=e.e,o=We(e.d),s=o.length;return t?(n&&(r=n-s)>0?o=o.charAt(0)+"."+o.slice(1)+pn(r):s>1&&(o=o.charAt(0)+"."+o.slice(1)),o=o+(e.e<0?"e":"e+")+e.e):i<0?(o="0."+pn(-i-1)+o,n&&(r=n-s)>0&&(o+=pn(r))):i>=s?(o+=pn(i+1-s),n&&(r=n-i-1)>0&&(o=o+"."+pn(r))):((r=i+1)<s&&(o=o.slice(0,r)+"."+o.slice(r)),n&&(r=n-s)>0&&(i+1===s&&(o+="."),o+=pn(r))),o}function Bo(e,t){var n=e[0];for(t*=ie;n>=10;n/=10)t++;return t}function Uo(e,t,n){if(t>rx)throw pe=!0,n&&(e.precision=n),Error(Og);return Q(new e(Lo),t,1,!0)}function Zt(e,t,n){if(t>Xu)throw Error(Og);return Q(new e(qo),t,n,!0)}function Dg(e){var t=e.length-1,n=t*ie+1;if(t=e[t],t){for(;t%10==0;t/=10)n--;for(t=e[0];t>=10;t/=10)n++}return n}function pn(e){for(var t="";e--;)t+="0";return t}function Mg(e,t,n,r){var i,o=new e(1),s=Math.ceil(r/ie+4);for(pe=!1;;){if(n%2&&(o=o.times(t),Pg(o.d,s)&&(i=!0)),n=Ye(n/2),n===0){n=o.d.length-1,i&&o.d[n]===0&&++o.d[n];break}t=t.times(t),Pg(t.d,s)}return pe=!0,o}function Ig(e){return e.d[e.d.length-1]&1}function zg(e,t,n){for(var r,i,o=new e(t[0]),s=0;++s<t.length;){if(i=new e(t[s]),!i.s){o=i;break}r=o.cmp(i),(r===n||r===0&&o.s===n)&&(o=i)}return o}function Yu(e,t){var n,r,i,o,s,a,c,u=0,l=0,f=0,p=e.constructor,m=p.rounding,b=p.precision;if(!e.d||!e.d[0]||e.e>17)return new p(e.d?e.d[0]?e.s<0?0:1/0:1:e.s?e.s<0?0:e:NaN);for(t==null?(pe=!1,c=b):c=t,a=new p(.03125);e.e>-2;)e=e.times(a),f+=5;for(r=Math.log(Be(2,f))/Math.LN10*2+5|0,c+=r,n=o=s=new p(1),p.precision=c;;){if(o=Q(o.times(e),c,1),n=n.times(++l),a=s.plus(Ne(o,n,c,1)),We(a.d).slice(0,c)===We(s.d).slice(0,c)){for(i=f;i--;)s=Q(s.times(s),c,1);if(t==null)if(u<3&&fi(s.d,c-r,m,u))p.precision=c+=10,n=o=a=new p(1),l=0,u++;else return Q(s,p.precision=b,m,pe=!0);else return p.precision=b,s}s=a}}function mn(e,t){var n,r,i,o,s,a,c,u,l,f,p,m=1,b=10,g=e,w=g.d,v=g.constructor,y=v.rounding,_=v.precision;if(g.s<0||!w||!w[0]||!g.e&&w[0]==1&&w.length==1)return new v(w&&!w[0]?-1/0:g.s!=1?NaN:w?0:g);if(t==null?(pe=!1,l=_):l=t,v.precision=l+=b,n=We(w),r=n.charAt(0),Math.abs(o=g.e)<15e14){for(;r<7&&r!=1||r==1&&n.charAt(1)>3;)g=g.times(e),n=We(g.d),r=n.charAt(0),m++;o=g.e,r>1?(g=new v("0."+n),o++):g=new v(r+"."+n.slice(1))}else return u=Uo(v,l+2,_).times(o+""),g=mn(new v(r+"."+n.slice(1)),l-b).plus(u),v.precision=_,t==null?Q(g,_,y,pe=!0):g;for(f=g,c=s=g=Ne(g.minus(1),g.plus(1),l,1),p=Q(g.times(g),l,1),i=3;;){if(s=Q(s.times(p),l,1),u=c.plus(Ne(s,new v(i),l,1)),We(u.d).slice(0,l)===We(c.d).slice(0,l))if(c=c.times(2),o!==0&&(c=c.plus(Uo(v,l+2,_).times(o+""))),c=Ne(c,new v(m),l,1),t==null)if(fi(c.d,l-b,y,a))v.precision=l+=b,u=s=g=Ne(f.minus(1),f.plus(1),l,1),p=Q(g.times(g),l,1),i=a=1;else return Q(c,v.precision=_,y,pe=!0);else return v.precision=_,c;c=u,i+=2}}function Lg(e){return String(e.s*e.s/0)}function zo(e,t){var n,r,i;for((n=t.indexOf("."))>-1&&(t=t.replace(".","")),(r=t.search(/e/i))>0?(n<0&&(n=r),n+=+t.slice(r+1),t=t.substring(0,r)):n<0&&(n=t.length),r=0;t.charCodeAt(r)===48;r++);for(i=t.length;t.charCodeAt(i-1)===48;--i);if(t=t.slice(r,i),t){if(i-=r,e.e=n=n-r-1,e.d=[],r=(n+1)%ie,n<0&&(r+=ie),r<i){for(r&&e.d.push(+t.slice(0,r)),i-=ie;r<i;)e.d.push(+t.slice(r,r+=ie));t=t.slice(r),r=ie-t.length}else r-=i;for(;r--;)t+="0";e.d.push(+t),pe&&(e.e>e.constructor.maxE?(e.d=null,e.e=NaN):e.e<e.constructor.minE&&(e.e=0,e.d=[0]))}else e.e=0,e.d=[0];return e}function ox(e,t){var n,r,i,o,s,a,c,u,l;if(t.indexOf("_")>-1){if(t=t.replace(/(\d)_(?=\d)/g,"$1"),Fg.test(t))return zo(e,t)}else if(t==="Infinity"||t==="NaN")return+t||(e.s=NaN),e.e=NaN,e.d=null,e;if(ex.test(t))n=16,t=t.toLowerCase();else if(Qw.test(t))n=2;else if(tx.test(t))n=8;else throw Error(hn+t);for(o=t.search(/p/i),o>0?(c=+t.slice(o+1),t=t.substring(2,o)):t=t.slice(2),o=t.indexOf("."),s=o>=0,r=e.constructor,s&&(t=t.replace(".",""),a=t.length,o=a-o,i=Mg(r,new r(n),o,o*2)),u=Mo(t,n,Ft),l=u.length-1,o=l;u[o]===0;--o)u.pop();return o<0?new r(e.s*0):(e.e=Bo(u,l),e.d=u,pe=!1,s&&(e=Ne(e,i,a*4)),c&&(e=e.times(Math.abs(c)<54?Be(2,c):pi.pow(2,c))),pe=!0,e)}function sx(e,t){var n,r=t.d.length;if(r<3)return t.isZero()?t:cr(e,2,t,t);n=1.4*Math.sqrt(r),n=n>16?16:n|0,t=t.times(1/Zo(5,n)),t=cr(e,2,t,t);for(var i,o=new e(5),s=new e(16),a=new e(20);n--;)i=t.times(t),t=t.times(o.plus(i.times(s.times(i).minus(a))));return t}function cr(e,t,n,r,i){var o,s,a,c,u=1,l=e.precision,f=Math.ceil(l/ie);for(pe=!1,c=n.times(n),a=new e(r);;){if(s=Ne(a.times(c),new e(t++*t++),l,1),a=i?r.plus(s):r.minus(s),r=Ne(s.times(c),new e(t++*t++),l,1),s=a.plus(r),s.d[f]!==void 0){for(o=f;s.d[o]===a.d[o]&&o--;);if(o==-1)break}o=a,a=r,r=s,s=o,u++}return pe=!0,s.d.length=f+1,s}function Zo(e,t){for(var n=e;--t;)n*=e;return n}function qg(e,t){var n,r=t.s<0,i=Zt(e,e.precision,1),o=i.times(.5);if(t=t.abs(),t.lte(o))return Qt=r?4:1,t;if(n=t.divToInt(i),n.isZero())Qt=r?3:2;else{if(t=t.minus(n.times(i)),t.lte(o))return Qt=Ig(n)?r?2:3:r?4:1,t;Qt=Ig(n)?r?1:4:r?3:2}return t.minus(i).abs()}function Qu(e,t,n,r){var i,o,s,a,c,u,l,f,p,m=e.constructor,b=n!==void 0;if(b?(dt(n,1,gn),r===void 0?r=m.rounding:dt(r,0,8)):(n=m.precision,r=m.rounding),!e.isFinite())l=Lg(e);else{for(l=Vt(e),s=l.indexOf("."),b?(i=2,t==16?n=n*4-3:t==8&&(n=n*3-2)):i=t,s>=0&&(l=l.replace(".",""),p=new m(1),p.e=l.length-s,p.d=Mo(Vt(p),10,i),p.e=p.d.length),f=Mo(l,10,i),o=c=f.length;f[--c]==0;)f.pop();if(!f[0])l=b?"0p+0":"0";else{if(s<0?o--:(e=new m(e),e.d=f,e.e=o,e=Ne(e,p,n,r,0,i),f=e.d,o=e.e,u=Tg),s=f[n],a=i/2,u=u||f[n+1]!==void 0,u=r<4?(s!==void 0||u)&&(r===0||r===(e.s<0?3:2)):s>a||s===a&&(r===4||u||r===6&&f[n-1]&1||r===(e.s<0?8:7)),f.length=n,u)for(;++f[--n]>i-1;)f[n]=0,n||(++o,f.unshift(1));for(c=f.length;!f[c-1];--c);for(s=0,l="";s<c;s++)l+=Wu.charAt(f[s]);if(b){if(c>1)if(t==16||t==8){for(s=t==16?4:3,--c;c%s;c++)l+="0";for(f=Mo(l,i,t),c=f.length;!f[c-1];--c);for(s=1,l="1.";s<c;s++)l+=Wu.charAt(f[s])}else l=l.charAt(0)+"."+l.slice(1);l=l+(o<0?"p":"p+")+o}else if(o<0){for(;++o;)l="0"+l;l="0."+l}else if(++o>c)for(o-=c;o--;)l+="0";else o<c&&(l=l.slice(0,o)+"."+l.slice(o))}l=(t==16?"0x":t==2?"0b":t==8?"0o":"")+l}return e.s<0?"-"+l:l}function Pg(e,t){if(e.length>t)return e.length=t,!0}function ax(e){return new this(e).abs()}function ux(e){return new this(e).acos()}function cx(e){return new this(e).acosh()}function lx(e,t){return new this(e).plus(t)}function dx(e){return new this(e).asin()}function fx(e){return new this(e).asinh()}function px(e){return new this(e).atan()}function mx(e){return new this(e).atanh()}function hx(e,t){e=new this(e),t=new this(t);var n,r=this.precision,i=this.rounding,o=r+4;return!e.s||!t.s?n=new this(NaN):!e.d&&!t.d?(n=Zt(this,o,1).times(t.s>0?.25:.75),n.s=e.s):!t.d||e.isZero()?(n=t.s<0?Zt(this,r,i):new this(0),n.s=e.s):!e.d||t.isZero()?(n=Zt(this,o,1).times(.5),n.s=e.s):t.s<0?(this.precision=o,this.rounding=1,n=this.atan(Ne(e,t,o,1)),t=Zt(this,o,1),this.precision=r,this.rounding=i,n=e.s<0?n.minus(t):n.plus(t)):n=this.atan(Ne(e,t,o,1)),n}function gx(e){return new this(e).cbrt()}function bx(e){return Q(e=new this(e),e.e+1,2)}function yx(e,t,n){return new this(e).clamp(t,n)}function vx(e){if(!e||typeof e!="object")throw Error(jo+"Object expected");var t,n,r,i=e.defaults===!0,o=["precision",1,gn,"rounding",0,8,"toExpNeg",-ur,0,"toExpPos",0,ur,"maxE",0,ur,"minE",-ur,0,"modulo",0,9];for(t=0;t<o.length;t+=3)if(n=o[t],i&&(this[n]=Ju[n]),(r=e[n])!==void 0)if(Ye(r)===r&&r>=o[t+1]&&r<=o[t+2])this[n]=r;else throw Error(hn+n+": "+r);if(n="crypto",i&&(this[n]=Ju[n]),(r=e[n])!==void 0)if(r===!0||r===!1||r===0||r===1)if(r)if(typeof crypto<"u"&&crypto&&(crypto.getRandomValues||crypto.randomBytes))this[n]=!0;else throw Error(Cg);else this[n]=!1;else throw Error(hn+n+": "+r);return this}function wx(e){return new this(e).cos()}function xx(e){return new this(e).cosh()}function Ug(e){var t,n,r;function i(o){var s,a,c,u=this;if(!(u instanceof i))return new i(o);if(u.constructor=i,Eg(o)){u.s=o.s,pe?!o.d||o.e>i.maxE?(u.e=NaN,u.d=null):o.e<i.minE?(u.e=0,u.d=[0]):(u.e=o.e,u.d=o.d.slice()):(u.e=o.e,u.d=o.d?o.d.slice():o.d);return}if(c=typeof o,c==="number"){if(o===0){u.s=1/o<0?-1:1,u.e=0,u.d=[0];return}if(o<0?(o=-o,u.s=-1):u.s=1,o===~~o&&o<1e7){for(s=0,a=o;a>=10;a/=10)s++;pe?s>i.maxE?(u.e=NaN,u.d=null):s<i.minE?(u.e=0,u.d=[0]):(u.e=s,u.d=[o]):(u.e=s,u.d=[o]);return}if(o*0!==0){o||(u.s=NaN),u.e=NaN,u.d=null;return}return zo(u,o.toString())}if(c==="string")return(a=o.charCodeAt(0))===45?(o=o.slice(1),u.s=-1):(a===43&&(o=o.slice(1)),u.s=1),Fg.test(o)?zo(u,o):ox(u,o);if(c==="bigint")return o<0?(o=-o,u.s=-1):u.s=1,zo(u,o.toString());throw Error(hn+o)}if(i.prototype=D,i.ROUND_UP=0,i.ROUND_DOWN=1,i.ROUND_CEIL=2,i.ROUND_FLOOR=3,i.ROUND_HALF_UP=4,i.ROUND_HALF_DOWN=5,i.ROUND_HALF_EVEN=6,i.ROUND_HALF_CEIL=7,i.ROUND_HALF_FLOOR=8,i.EUCLID=9,i.config=i.set=vx,i.clone=Ug,i.isDecimal=Eg,i.abs=ax,i.acos=ux,i.acosh=cx,i.add=lx,i.asin=dx,i.asinh=fx,i.atan=px,i.atanh=mx,i.atan2=hx,i.cbrt=gx,i.ceil=bx,i.clamp=yx,i.cos=wx,i.cosh=xx,i.div=kx,i.exp=_x,i.floor=$x,i.hypot=Ax,i.ln=Sx,i.log=Rx,i.log10=Px,i.log2=Ix,i.max=Ex,i.min=Tx,i.mod=Ox,i.mul=Cx,i.pow=Nx,i.random=Fx,i.round=Dx,i.sign=Mx,i.sin=zx,i.sinh=Lx,i.sqrt=qx,i.sub=Ux,i.sum=jx,i.tan=Bx,i.tanh=Zx,i.trunc=Vx,e===void 0&&(e={}),e&&e.defaults!==!0)for(r=["precision","rounding","toExpNeg","toExpPos","maxE","minE","modulo","crypto"],t=0;t<r.length;)e.hasOwnProperty(n=r[t++])||(e[n]=this[n]);return i.config(e),i}function kx(e,t){return new this(e).div(t)}function _x(e){return new this(e).exp()}function $x(e){return Q(e=new this(e),e.e+1,3)}function Ax(){var e,t,n=new this(0);for(pe=!1,e=0;e<arguments.length;)if(t=new this(arguments[e++]),t.d)n.d&&(n=n.plus(t.times(t)));else{if(t.s)return pe=!0,new this(1/0);n=t}return pe=!0,n.sqrt()}function Eg(e){return e instanceof pi||e&&e.toStringTag===Ng||!1}function Sx(e){return new this(e).ln()}function Rx(e,t){return new this(e).log(t)}function Ix(e){return new this(e).log(2)}function Px(e){return new this(e).log(10)}function Ex(){return zg(this,arguments,-1)}function Tx(){return zg(this,arguments,1)}function Ox(e,t){return new this(e).mod(t)}function Cx(e,t){return new this(e).mul(t)}function Nx(e,t){return new this(e).pow(t)}function Fx(e){var t,n,r,i,o=0,s=new this(1),a=[];if(e===void 0?e=this.precision:dt(e,1,gn),r=Math.ceil(e/ie),this.crypto)if(crypto.getRandomValues)for(t=crypto.getRandomValues(new Uint32Array(r));o<r;)i=t[o],i>=429e7?t[o]=crypto.getRandomValues(new Uint32Array(1))[0]:a[o++]=i%1e7;else if(crypto.randomBytes){for(t=crypto.randomBytes(r*=4);o<r;)i=t[o]+(t[o+1]<<8)+(t[o+2]<<16)+((t[o+3]&127)<<24),i>=214e7?crypto.randomBytes(4).copy(t,o):(a.push(i%1e7),o+=4);o=r/4}else throw Error(Cg);else for(;o<r;)a[o++]=Math.random()*1e7|0;for(r=a[--o],e%=ie,r&&e&&(i=Be(10,ie-e),a[o]=(r/i|0)*i);a[o]===0;o--)a.pop();if(o<0)n=0,a=[0];else{for(n=-1;a[0]===0;n-=ie)a.shift();for(r=1,i=a[0];i>=10;i/=10)r++;r<ie&&(n-=ie-r)}return s.e=n,s.d=a,s}function Dx(e){return Q(e=new this(e),e.e+1,this.rounding)}function Mx(e){return e=new this(e),e.d?e.d[0]?e.s:0*e.s:e.s||NaN}function zx(e){return new this(e).sin()}function Lx(e){return new this(e).sinh()}function qx(e){return new this(e).sqrt()}function Ux(e,t){return new this(e).sub(t)}function jx(){var e=0,t=arguments,n=new this(t[e]);for(pe=!1;n.s&&++e<t.length;)n=n.plus(t[e]);return pe=!0,Q(n,this.precision,this.rounding)}function Bx(e){return new this(e).tan()}function Zx(e){return new this(e).tanh()}function Vx(e){return Q(e=new this(e),e.e+1,1)}D[Symbol.for("nodejs.util.inspect.custom")]=D.toString;D[Symbol.toStringTag]="Decimal";var pi=D.constructor=Ug(Ju);Lo=new pi(Lo);qo=new pi(qo);var jg=pi;var de=jg,ec=100,Gx=40,ft=de.clone({precision:ec,rounding:de.ROUND_HALF_UP,toExpNeg:-40,toExpPos:40}),Kx=ft.clone({precision:Gx}),Hx=ft.clone({precision:1e9}),Et=new ft(0),pt=new ft(1),Wx=new ft("0.01");function oe(e){return new ft(e)}function $e(e){return e.toFixed()}function Go(e,t){return qe([e,t.negated()])}function qe(e){let t,n;for(let r of e)t===void 0?t=r:n=(n??new Hx(t)).plus(r);return n?new ft(n):t===void 0?Et:t.constructor===ft?t:new ft(t)}function At(e,t){return new ft(new Kx(e).dividedBy(t))}function mt(e,t){return t===pt&&e.precision()<=ec?e:e===pt&&t.precision()<=ec?t:e.times(t)}function se(e,t={}){let n=e.isNegative()&&!e.isZero(),r=e.abs(),i;return!r.isZero()&&r.lessThan(Wx)?i=r.toSignificantDigits(2,de.ROUND_HALF_UP).toFixed():i=Vo(r.toFixed(2,de.ROUND_HALF_UP)),`${n?"-":t.sign?"+":""}$${i}`}function tc(e,t={}){let n=e.isNegative()&&!e.isZero(),r=e.abs(),i=r.isInteger()?Vo(r.toFixed(0)):Vo(r.toFixed(2,de.ROUND_HALF_UP));return`${n?"-":t.sign?"+":""}${i} credits`}function Dt(e,t={}){let n=e.toFixed(1,de.ROUND_HALF_UP);return`${t.sign&&e.greaterThan(0)?"+":""}${n}%`}function en(e){return Vo(e.toFixed())}function Vo(e){let t=e.startsWith("-"),n=t?e.slice(1):e,[r="0",i]=n.split("."),o=r.replace(/\B(?=(\d{3})+(?!\d))/g,",");return`${t?"-":""}${o}${i!==void 0?`.${i}`:""}`}var Z=class extends Error{constructor(n,r,i,o){super(n);this.where=r;this.fix=i;this.detail=o}where;fix;detail;name="GenspendError";format(){let n=[];return this.where&&(n.push(this.where.line!==void 0?`${this.where.file}:${this.where.line}`:this.where.file),this.where.path&&n.push(this.where.path)),n.push(this.fix?`${this.message} (fix: ${this.fix})`:this.message),n.join(": ")}},rt=class extends Error{constructor(n){super(n.map(r=>r.format()).join(`
`));this.errors=n}errors;name="GenspendErrors";format(){return this.message}};function Mt(e){if(e instanceof rt)return e.errors;if(e instanceof Z)return[e]}function Mn(e,t){let n=[],r=[];for(let i of e)try{r.push(t(i))}catch(o){let s=Mt(o);if(!s)throw o;n.push(...s)}if(n.length)throw new rt(n);return r}function Ge(e,t,n=3){let r=e.toLowerCase(),i=Math.min(n,Math.max(1,Math.ceil(r.length/2))),o,s=i+1;for(let a of t){let c=Jx(r,a.toLowerCase(),s-1);c<s&&(s=c,o=a)}return o}var tn=[];function Jx(e,t,n){if(Math.abs(e.length-t.length)>n)return n+1;tn.length<=t.length&&(tn=new Array(t.length+1).fill(0));for(let r=0;r<=t.length;r++)tn[r]=r;for(let r=1;r<=e.length;r++){let i=tn[0];tn[0]=r;let o=r,s=e.charCodeAt(r-1);for(let a=1;a<=t.length;a++){let c=tn[a],u=Math.min(c+1,tn[a-1]+1,i+(s===t.charCodeAt(a-1)?0:1));tn[a]=u,u<o&&(o=u),i=c}if(o>n)return n+1}return tn[t.length]}function Xx(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var Qe={},Ko={},bn={},Bg;function mi(){if(Bg)return bn;Bg=1;function e(s){return typeof s>"u"||s===null}function t(s){return typeof s=="object"&&s!==null}function n(s){return Array.isArray(s)?s:e(s)?[]:[s]}function r(s,a){if(a){let c=Object.keys(a);for(let u=0,l=c.length;u<l;u+=1){let f=c[u];s[f]=a[f]}}return s}function i(s,a){let c="";for(let u=0;u<a;u+=1)c+=s;return c}function o(s){return s===0&&Number.NEGATIVE_INFINITY===1/s}return bn.isNothing=e,bn.isObject=t,bn.toArray=n,bn.repeat=i,bn.isNegativeZero=o,bn.extend=r,bn}var nc,Zg;function hi(){if(Zg)return nc;Zg=1;function e(n,r){let i="",o=n.reason||"(unknown reason)";return n.mark?(n.mark.name&&(i+='in "'+n.mark.name+'" '),i+="("+(n.mark.line+1)+":"+(n.mark.column+1)+")",!r&&n.mark.snippet&&(i+=`

`+n.mark.snippet),o+" "+i):o}function t(n,r){Error.call(this),this.name="YAMLException",this.reason=n,this.mark=r,this.message=e(this,!1),Error.captureStackTrace?Error.captureStackTrace(this,this.constructor):this.stack=new Error().stack||""}return t.prototype=Object.create(Error.prototype),t.prototype.constructor=t,t.prototype.toString=function(r){return this.name+": "+e(this,r)},nc=t,nc}var rc,Vg;function Yx(){if(Vg)return rc;Vg=1;let e=mi();function t(i,o,s,a,c){let u="",l="",f=Math.floor(c/2)-1;return a-o>f&&(u=" ... ",o=a-f+u.length),s-a>f&&(l=" ...",s=a+f-l.length),{str:u+i.slice(o,s).replace(/\t/g,"\u2192")+l,pos:a-o+u.length}}function n(i,o){return e.repeat(" ",o-i.length)+i}function r(i,o){if(o=Object.create(o||null),!i.buffer)return null;o.maxLength||(o.maxLength=79),typeof o.indent!="number"&&(o.indent=1),typeof o.linesBefore!="number"&&(o.linesBefore=3),typeof o.linesAfter!="number"&&(o.linesAfter=2);let s=/\r?\n|\r|\0/g,a=[0],c=[],u,l=-1;for(;u=s.exec(i.buffer);)c.push(u.index),a.push(u.index+u[0].length),i.position<=u.index&&l<0&&(l=a.length-2);l<0&&(l=a.length-1);let f="",p=Math.min(i.line+o.linesAfter,c.length).toString().length,m=o.maxLength-(o.indent+p+3);for(let g=1;g<=o.linesBefore&&!(l-g<0);g++){let w=t(i.buffer,a[l-g],c[l-g],i.position-(a[l]-a[l-g]),m);f=e.repeat(" ",o.indent)+n((i.line-g+1).toString(),p)+" | "+w.str+`
`+f}let b=t(i.buffer,a[l],c[l],i.position,m);f+=e.repeat(" ",o.indent)+n((i.line+1).toString(),p)+" | "+b.str+`
`,f+=e.repeat("-",o.indent+p+3+b.pos)+`^
`;for(let g=1;g<=o.linesAfter&&!(l+g>=c.length);g++){let w=t(i.buffer,a[l+g],c[l+g],i.position-(a[l]-a[l+g]),m);f+=e.repeat(" ",o.indent)+n((i.line+g+1).toString(),p)+" | "+w.str+`
`}return f.replace(/\n$/,"")}return rc=r,rc}var ic,Gg;function it(){if(Gg)return ic;Gg=1;let e=hi(),t=["kind","multi","resolve","construct","instanceOf","predicate","represent","representName","defaultStyle","styleAliases"],n=["scalar","sequence","mapping"];function r(o){let s={};return o!==null&&Object.keys(o).forEach(function(a){o[a].forEach(function(c){s[String(c)]=a})}),s}function i(o,s){if(s=s||{},Object.keys(s).forEach(function(a){if(t.indexOf(a)===-1)throw new e('Unknown option "'+a+'" is met in definition of "'+o+'" YAML type.')}),this.options=s,this.tag=o,this.kind=s.kind||null,this.resolve=s.resolve||function(){return!0},this.construct=s.construct||function(a){return a},this.instanceOf=s.instanceOf||null,this.predicate=s.predicate||null,this.represent=s.represent||null,this.representName=s.representName||null,this.defaultStyle=s.defaultStyle||null,this.multi=s.multi||!1,this.styleAliases=r(s.styleAliases||null),n.indexOf(this.kind)===-1)throw new e('Unknown kind "'+this.kind+'" is specified for "'+o+'" YAML type.')}return ic=i,ic}var oc,Kg;function m0(){if(Kg)return oc;Kg=1;let e=hi(),t=it();function n(o,s){let a=[];return o[s].forEach(function(c){let u=a.length;a.forEach(function(l,f){l.tag===c.tag&&l.kind===c.kind&&l.multi===c.multi&&(u=f)}),a[u]=c}),a}function r(){let o={scalar:{},sequence:{},mapping:{},fallback:{},multi:{scalar:[],sequence:[],mapping:[],fallback:[]}};function s(a){a.multi?(o.multi[a.kind].push(a),o.multi.fallback.push(a)):o[a.kind][a.tag]=o.fallback[a.tag]=a}for(let a=0,c=arguments.length;a<c;a+=1)arguments[a].forEach(s);return o}function i(o){return this.extend(o)}return i.prototype.extend=function(s){let a=[],c=[];if(s instanceof t)c.push(s);else if(Array.isArray(s))c=c.concat(s);else if(s&&(Array.isArray(s.implicit)||Array.isArray(s.explicit)))s.implicit&&(a=a.concat(s.implicit)),s.explicit&&(c=c.concat(s.explicit));else throw new e("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");a.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.");if(l.loadKind&&l.loadKind!=="scalar")throw new e("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");if(l.multi)throw new e("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.")}),c.forEach(function(l){if(!(l instanceof t))throw new e("Specified list of YAML types (or a single Type object) contains a non-Type object.")});let u=Object.create(i.prototype);return u.implicit=(this.implicit||[]).concat(a),u.explicit=(this.explicit||[]).concat(c),u.compiledImplicit=n(u,"implicit"),u.compiledExplicit=n(u,"explicit"),u.compiledTypeMap=r(u.compiledImplicit,u.compiledExplicit),u},oc=i,oc}var sc,Hg;function h0(){if(Hg)return sc;Hg=1;let e=it();return sc=new e("tag:yaml.org,2002:str",{kind:"scalar",construct:function(t){return t!==null?t:""}}),sc}var ac,Wg;function g0(){if(Wg)return ac;Wg=1;let e=it();return ac=new e("tag:yaml.org,2002:seq",{kind:"sequence",construct:function(t){return t!==null?t:[]}}),ac}var uc,Jg;function b0(){if(Jg)return uc;Jg=1;let e=it();return uc=new e("tag:yaml.org,2002:map",{kind:"mapping",construct:function(t){return t!==null?t:{}}}),uc}var cc,Xg;function y0(){if(Xg)return cc;Xg=1;let e=m0();return cc=new e({explicit:[h0(),g0(),b0()]}),cc}var lc,Yg;function v0(){if(Yg)return lc;Yg=1;let e=it();function t(i){if(i===null)return!0;let o=i.length;return o===1&&i==="~"||o===4&&(i==="null"||i==="Null"||i==="NULL")}function n(){return null}function r(i){return i===null}return lc=new e("tag:yaml.org,2002:null",{kind:"scalar",resolve:t,construct:n,predicate:r,represent:{canonical:function(){return"~"},lowercase:function(){return"null"},uppercase:function(){return"NULL"},camelcase:function(){return"Null"},empty:function(){return""}},defaultStyle:"lowercase"}),lc}var dc,Qg;function w0(){if(Qg)return dc;Qg=1;let e=it();function t(i){if(i===null)return!1;let o=i.length;return o===4&&(i==="true"||i==="True"||i==="TRUE")||o===5&&(i==="false"||i==="False"||i==="FALSE")}function n(i){return i==="true"||i==="True"||i==="TRUE"}function r(i){return Object.prototype.toString.call(i)==="[object Boolean]"}return dc=new e("tag:yaml.org,2002:bool",{kind:"scalar",resolve:t,construct:n,predicate:r,represent:{lowercase:function(i){return i?"true":"false"},uppercase:function(i){return i?"TRUE":"FALSE"},camelcase:function(i){return i?"True":"False"}},defaultStyle:"lowercase"}),dc}var fc,e0;function x0(){if(e0)return fc;e0=1;let e=mi(),t=it();function n(u){return u>=48&&u<=57||u>=65&&u<=70||u>=97&&u<=102}function r(u){return u>=48&&u<=55}function i(u){return u>=48&&u<=57}function o(u){if(u===null)return!1;let l=u.length,f=0,p=!1;if(!l)return!1;let m=u[f];if((m==="-"||m==="+")&&(m=u[++f]),m==="0"){if(f+1===l)return!0;if(m=u[++f],m==="b"){for(f++;f<l;f++){if(m=u[f],m!=="0"&&m!=="1")return!1;p=!0}return p&&isFinite(s(u))}if(m==="x"){for(f++;f<l;f++){if(!n(u.charCodeAt(f)))return!1;p=!0}return p&&isFinite(s(u))}if(m==="o"){for(f++;f<l;f++){if(!r(u.charCodeAt(f)))return!1;p=!0}return p&&isFinite(s(u))}}for(;f<l;f++){if(!i(u.charCodeAt(f)))return!1;p=!0}return p?isFinite(s(u)):!1}function s(u){let l=u,f=1,p=l[0];if((p==="-"||p==="+")&&(p==="-"&&(f=-1),l=l.slice(1),p=l[0]),l==="0")return 0;if(p==="0"){if(l[1]==="b")return f*parseInt(l.slice(2),2);if(l[1]==="x")return f*parseInt(l.slice(2),16);if(l[1]==="o")return f*parseInt(l.slice(2),8)}return f*parseInt(l,10)}function a(u){return s(u)}function c(u){return Object.prototype.toString.call(u)==="[object Number]"&&u%1===0&&!e.isNegativeZero(u)}return fc=new t("tag:yaml.org,2002:int",{kind:"scalar",resolve:o,construct:a,predicate:c,represent:{binary:function(u){return u>=0?"0b"+u.toString(2):"-0b"+u.toString(2).slice(1)},octal:function(u){return u>=0?"0o"+u.toString(8):"-0o"+u.toString(8).slice(1)},decimal:function(u){return u.toString(10)},hexadecimal:function(u){return u>=0?"0x"+u.toString(16).toUpperCase():"-0x"+u.toString(16).toUpperCase().slice(1)}},defaultStyle:"decimal",styleAliases:{binary:[2,"bin"],octal:[8,"oct"],decimal:[10,"dec"],hexadecimal:[16,"hex"]}}),fc}var pc,t0;function k0(){if(t0)return pc;t0=1;let e=mi(),t=it(),n=new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),r=new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");function i(u){return u===null||!n.test(u)?!1:isFinite(parseFloat(u,10))?!0:r.test(u)}function o(u){let l=u.toLowerCase(),f=l[0]==="-"?-1:1;return"+-".indexOf(l[0])>=0&&(l=l.slice(1)),l===".inf"?f===1?Number.POSITIVE_INFINITY:Number.NEGATIVE_INFINITY:l===".nan"?NaN:f*parseFloat(l,10)}let s=/^[-+]?[0-9]+e/;function a(u,l){if(isNaN(u))switch(l){case"lowercase":return".nan";case"uppercase":return".NAN";case"camelcase":return".NaN"}else if(Number.POSITIVE_INFINITY===u)switch(l){case"lowercase":return".inf";case"uppercase":return".INF";case"camelcase":return".Inf"}else if(Number.NEGATIVE_INFINITY===u)switch(l){case"lowercase":return"-.inf";case"uppercase":return"-.INF";case"camelcase":return"-.Inf"}else if(e.isNegativeZero(u))return"-0.0";let f=u.toString(10);return s.test(f)?f.replace("e",".e"):f}function c(u){return Object.prototype.toString.call(u)==="[object Number]"&&(u%1!==0||e.isNegativeZero(u))}return pc=new t("tag:yaml.org,2002:float",{kind:"scalar",resolve:i,construct:o,predicate:c,represent:a,defaultStyle:"lowercase"}),pc}var mc,n0;function _0(){return n0||(n0=1,mc=y0().extend({implicit:[v0(),w0(),x0(),k0()]})),mc}var hc,r0;function $0(){return r0||(r0=1,hc=_0()),hc}var gc,i0;function A0(){if(i0)return gc;i0=1;let e=it(),t=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),n=new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");function r(s){return s===null?!1:t.exec(s)!==null||n.exec(s)!==null}function i(s){let a=0,c=null,u=t.exec(s);if(u===null&&(u=n.exec(s)),u===null)throw new Error("Date resolve error");let l=+u[1],f=+u[2]-1,p=+u[3];if(!u[4])return new Date(Date.UTC(l,f,p));let m=+u[4],b=+u[5],g=+u[6];if(u[7]){for(a=u[7].slice(0,3);a.length<3;)a+="0";a=+a}if(u[9]){let v=+u[10],y=+(u[11]||0);c=(v*60+y)*6e4,u[9]==="-"&&(c=-c)}let w=new Date(Date.UTC(l,f,p,m,b,g,a));return c&&w.setTime(w.getTime()-c),w}function o(s){return s.toISOString()}return gc=new e("tag:yaml.org,2002:timestamp",{kind:"scalar",resolve:r,construct:i,instanceOf:Date,represent:o}),gc}var bc,o0;function S0(){if(o0)return bc;o0=1;let e=it();function t(n){return n==="<<"||n===null}return bc=new e("tag:yaml.org,2002:merge",{kind:"scalar",resolve:t}),bc}var yc,s0;function R0(){if(s0)return yc;s0=1;let e=it(),t=`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;function n(s){if(s===null)return!1;let a=0,c=s.length,u=t;for(let l=0;l<c;l++){let f=u.indexOf(s.charAt(l));if(!(f>64)){if(f<0)return!1;a+=6}}return a%8===0}function r(s){let a=s.replace(/[\r\n=]/g,""),c=a.length,u=t,l=0,f=[];for(let m=0;m<c;m++)m%4===0&&m&&(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)),l=l<<6|u.indexOf(a.charAt(m));let p=c%4*6;return p===0?(f.push(l>>16&255),f.push(l>>8&255),f.push(l&255)):p===18?(f.push(l>>10&255),f.push(l>>2&255)):p===12&&f.push(l>>4&255),new Uint8Array(f)}function i(s){let a="",c=0,u=s.length,l=t;for(let p=0;p<u;p++)p%3===0&&p&&(a+=l[c>>18&63],a+=l[c>>12&63],a+=l[c>>6&63],a+=l[c&63]),c=(c<<8)+s[p];let f=u%3;return f===0?(a+=l[c>>18&63],a+=l[c>>12&63],a+=l[c>>6&63],a+=l[c&63]):f===2?(a+=l[c>>10&63],a+=l[c>>4&63],a+=l[c<<2&63],a+=l[64]):f===1&&(a+=l[c>>2&63],a+=l[c<<4&63],a+=l[64],a+=l[64]),a}function o(s){return Object.prototype.toString.call(s)==="[object Uint8Array]"}return yc=new e("tag:yaml.org,2002:binary",{kind:"scalar",resolve:n,construct:r,predicate:o,represent:i}),yc}var vc,a0;function I0(){if(a0)return vc;a0=1;let e=it(),t=Object.prototype.hasOwnProperty,n=Object.prototype.toString;function r(o){if(o===null)return!0;let s={},a=o;for(let c=0,u=a.length;c<u;c+=1){let l=a[c],f=!1;if(n.call(l)!=="[object Object]")return!1;let p;for(p in l)if(t.call(l,p))if(!f)f=!0;else return!1;if(!f||t.call(s,p))return!1;Object.defineProperty(s,p,{value:!0})}return!0}function i(o){return o!==null?o:[]}return vc=new e("tag:yaml.org,2002:omap",{kind:"sequence",resolve:r,construct:i}),vc}var wc,u0;function P0(){if(u0)return wc;u0=1;let e=it(),t=Object.prototype.toString;function n(i){if(i===null)return!0;let o=i,s=new Array(o.length);for(let a=0,c=o.length;a<c;a+=1){let u=o[a];if(t.call(u)!=="[object Object]")return!1;let l=Object.keys(u);if(l.length!==1)return!1;s[a]=[l[0],u[l[0]]]}return!0}function r(i){if(i===null)return[];let o=i,s=new Array(o.length);for(let a=0,c=o.length;a<c;a+=1){let u=o[a],l=Object.keys(u);s[a]=[l[0],u[l[0]]]}return s}return wc=new e("tag:yaml.org,2002:pairs",{kind:"sequence",resolve:n,construct:r}),wc}var xc,c0;function E0(){if(c0)return xc;c0=1;let e=it(),t=Object.prototype.hasOwnProperty;function n(i){if(i===null)return!0;let o=i;for(let s in o)if(t.call(o,s)&&o[s]!==null)return!1;return!0}function r(i){return i!==null?i:{}}return xc=new e("tag:yaml.org,2002:set",{kind:"mapping",resolve:n,construct:r}),xc}var kc,l0;function $c(){return l0||(l0=1,kc=$0().extend({implicit:[A0(),S0()],explicit:[R0(),I0(),P0(),E0()]})),kc}var d0;function Qx(){if(d0)return Ko;d0=1;let e=mi(),t=hi(),n=Yx(),r=$c(),i=Object.prototype.hasOwnProperty,o=1,s=2,a=3,c=4,u=1,l=2,f=3,p=/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,m=/[\x85\u2028\u2029]/,b=/[,\[\]{}]/,g=/^(?:!|!!|![0-9A-Za-z-]+!)$/,w=/^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;function v(d){return Object.prototype.toString.call(d)}function y(d){return d===10||d===13}function _(d){return d===9||d===32}function E(d){return d===9||d===32||d===10||d===13}function G(d){return d===44||d===91||d===93||d===123||d===125}function j(d){if(d>=48&&d<=57)return d-48;let k=d|32;return k>=97&&k<=102?k-97+10:-1}function X(d){return d===120?2:d===117?4:d===85?8:0}function H(d){return d>=48&&d<=57?d-48:-1}function Y(d){switch(d){case 48:return"\0";case 97:return"\x07";case 98:return"\b";case 116:return"	";case 9:return"	";case 110:return`
`;case 118:return"\v";case 102:return"\f";case 114:return"\r";case 101:return"\x1B";case 32:return" ";case 34:return'"';case 47:return"/";case 92:return"\\";case 78:return"\x85";case 95:return"\xA0";case 76:return"\u2028";case 80:return"\u2029";default:return""}}function A(d){return d<=65535?String.fromCharCode(d):String.fromCharCode((d-65536>>10)+55296,(d-65536&1023)+56320)}function ee(d,k,C){k==="__proto__"?Object.defineProperty(d,k,{configurable:!0,enumerable:!0,writable:!0,value:C}):d[k]=C}let ye=new Array(256),le=new Array(256);for(let d=0;d<256;d++)ye[d]=Y(d)?1:0,le[d]=Y(d);function R(d,k){this.input=d,this.filename=k.filename||null,this.schema=k.schema||r,this.onWarning=k.onWarning||null,this.legacy=k.legacy||!1,this.json=k.json||!1,this.listener=k.listener||null,this.maxDepth=typeof k.maxDepth=="number"?k.maxDepth:100,this.maxTotalMergeKeys=typeof k.maxTotalMergeKeys=="number"?k.maxTotalMergeKeys:1e4,this.implicitTypes=this.schema.compiledImplicit,this.typeMap=this.schema.compiledTypeMap,this.length=d.length,this.position=0,this.line=0,this.lineStart=0,this.lineIndent=0,this.depth=0,this.totalMergeKeys=0,this.firstTabInLine=-1,this.documents=[],this.anchorMapTransactions=[]}function I(d,k){let C={name:d.filename,buffer:d.input.slice(0,-1),position:d.position,line:d.line,column:d.position-d.lineStart};return C.snippet=n(C),new t(k,C)}function F(d,k){throw I(d,k)}function we(d,k){d.onWarning&&d.onWarning.call(null,I(d,k))}function Fe(d,k,C){let N=d.anchorMapTransactions;if(N.length!==0){let T=N[N.length-1];i.call(T,k)||(T[k]={existed:i.call(d.anchorMap,k),value:d.anchorMap[k]})}d.anchorMap[k]=C}function He(d){d.anchorMapTransactions.push(Object.create(null))}function Ce(d){let k=d.anchorMapTransactions.pop(),C=d.anchorMapTransactions;if(C.length===0)return;let N=C[C.length-1],T=Object.keys(k);for(let h=0,S=T.length;h<S;h+=1){let P=T[h];i.call(N,P)||(N[P]=k[P])}}function Bt(d){let k=d.anchorMapTransactions.pop(),C=Object.keys(k);for(let N=C.length-1;N>=0;N-=1){let T=k[C[N]];T.existed?d.anchorMap[C[N]]=T.value:delete d.anchorMap[C[N]]}}function Nt(d){return{position:d.position,line:d.line,lineStart:d.lineStart,lineIndent:d.lineIndent,firstTabInLine:d.firstTabInLine,tag:d.tag,anchor:d.anchor,kind:d.kind,result:d.result}}function lt(d,k){d.position=k.position,d.line=k.line,d.lineStart=k.lineStart,d.lineIndent=k.lineIndent,d.firstTabInLine=k.firstTabInLine,d.tag=k.tag,d.anchor=k.anchor,d.kind=k.kind,d.result=k.result}let _t={YAML:function(k,C,N){k.version!==null&&F(k,"duplication of %YAML directive"),N.length!==1&&F(k,"YAML directive accepts exactly one argument");let T=/^([0-9]+)\.([0-9]+)$/.exec(N[0]);T===null&&F(k,"ill-formed argument of the YAML directive");let h=parseInt(T[1],10),S=parseInt(T[2],10);h!==1&&F(k,"unacceptable YAML version of the document"),k.version=N[0],k.checkLineBreaks=S<2,S!==1&&S!==2&&we(k,"unsupported YAML version of the document")},TAG:function(k,C,N){let T;N.length!==2&&F(k,"TAG directive accepts exactly two arguments");let h=N[0];T=N[1],g.test(h)||F(k,"ill-formed tag handle (first argument) of the TAG directive"),i.call(k.tagMap,h)&&F(k,'there is a previously declared suffix for "'+h+'" tag handle'),w.test(T)||F(k,"ill-formed tag prefix (second argument) of the TAG directive");try{T=decodeURIComponent(T)}catch{F(k,"tag prefix is malformed: "+T)}k.tagMap[h]=T}};function ne(d,k,C,N){if(k<C){let T=d.input.slice(k,C);if(N)for(let h=0,S=T.length;h<S;h+=1){let P=T.charCodeAt(h);P===9||P>=32&&P<=1114111||F(d,"expected valid JSON character")}else p.test(T)&&F(d,"the stream contains non-printable characters");d.result+=T}}function $t(d){d.totalMergeKeys++,d.maxTotalMergeKeys!==-1&&d.totalMergeKeys>d.maxTotalMergeKeys&&F(d,"merge keys exceeded maxTotalMergeKeys ("+d.maxTotalMergeKeys+")")}function Dn(d,k,C,N){e.isObject(C)||F(d,"cannot merge mappings; the provided source object is unacceptable"),$t(d);let T=Object.keys(C);for(let h=0,S=T.length;h<S;h+=1){let P=T[h];$t(d),i.call(k,P)||(ee(k,P,C[P]),N[P]=!0)}}function B(d,k,C,N,T,h,S,P,M){if(Array.isArray(T)){T=Array.prototype.slice.call(T);for(let L=0,q=T.length;L<q;L+=1)Array.isArray(T[L])&&F(d,"nested arrays are not supported inside keys"),typeof T=="object"&&v(T[L])==="[object Object]"&&(T[L]="[object Object]")}if(typeof T=="object"&&v(T)==="[object Object]"&&(T="[object Object]"),T=String(T),k===null&&(k={}),N==="tag:yaml.org,2002:merge")if(Array.isArray(h)){h.length>100&&F(d,"abnormal merge sequence size");for(let L=0,q=h.length;L<q;L+=1)Dn(d,k,h[L],C)}else Dn(d,k,h,C);else!d.json&&!i.call(C,T)&&i.call(k,T)&&(d.line=S||d.line,d.lineStart=P||d.lineStart,d.position=M||d.position,F(d,"duplicated mapping key")),ee(k,T,h),delete C[T];return k}function Se(d){let k=d.input.charCodeAt(d.position);k===10?d.position++:k===13?(d.position++,d.input.charCodeAt(d.position)===10&&d.position++):F(d,"a line break is expected"),d.line+=1,d.lineStart=d.position,d.firstTabInLine=-1}function z(d,k,C){let N=0,T=d.input.charCodeAt(d.position);for(;T!==0;){for(;_(T);)T===9&&d.firstTabInLine===-1&&(d.firstTabInLine=d.position),T=d.input.charCodeAt(++d.position);if(k&&T===35)do T=d.input.charCodeAt(++d.position);while(T!==10&&T!==13&&T!==0);if(y(T))for(Se(d),T=d.input.charCodeAt(d.position),N++,d.lineIndent=0;T===32;)d.lineIndent++,T=d.input.charCodeAt(++d.position);else break}return C!==-1&&N!==0&&d.lineIndent<C&&we(d,"deficient indentation"),N}function ce(d){let k=d.position,C=d.input.charCodeAt(k);return!!((C===45||C===46)&&C===d.input.charCodeAt(k+1)&&C===d.input.charCodeAt(k+2)&&(k+=3,C=d.input.charCodeAt(k),C===0||E(C)))}function ke(d,k){k===1?d.result+=" ":k>1&&(d.result+=e.repeat(`
`,k-1))}function De(d,k,C){let N,T,h,S,P,M,L=d.kind,q=d.result,O=d.input.charCodeAt(d.position);if(E(O)||G(O)||O===35||O===38||O===42||O===33||O===124||O===62||O===39||O===34||O===37||O===64||O===96)return!1;if(O===63||O===45){let V=d.input.charCodeAt(d.position+1);if(E(V)||C&&G(V))return!1}for(d.kind="scalar",d.result="",N=T=d.position,h=!1;O!==0;){if(O===58){let V=d.input.charCodeAt(d.position+1);if(E(V)||C&&G(V))break}else if(O===35){let V=d.input.charCodeAt(d.position-1);if(E(V))break}else{if(d.position===d.lineStart&&ce(d)||C&&G(O))break;if(y(O))if(S=d.line,P=d.lineStart,M=d.lineIndent,z(d,!1,-1),d.lineIndent>=k){h=!0,O=d.input.charCodeAt(d.position);continue}else{d.position=T,d.line=S,d.lineStart=P,d.lineIndent=M;break}}h&&(ne(d,N,T,!1),ke(d,d.line-S),N=T=d.position,h=!1),_(O)||(T=d.position+1),O=d.input.charCodeAt(++d.position)}return ne(d,N,T,!1),d.result?!0:(d.kind=L,d.result=q,!1)}function _e(d,k){let C,N,T=d.input.charCodeAt(d.position);if(T!==39)return!1;for(d.kind="scalar",d.result="",d.position++,C=N=d.position;(T=d.input.charCodeAt(d.position))!==0;)if(T===39)if(ne(d,C,d.position,!0),T=d.input.charCodeAt(++d.position),T===39)C=d.position,d.position++,N=d.position;else return!0;else y(T)?(ne(d,C,N,!0),ke(d,z(d,!1,k)),C=N=d.position):d.position===d.lineStart&&ce(d)?F(d,"unexpected end of the document within a single quoted scalar"):(d.position++,_(T)||(N=d.position));F(d,"unexpected end of the stream within a single quoted scalar")}function tt(d,k){let C,N,T,h=d.input.charCodeAt(d.position);if(h!==34)return!1;for(d.kind="scalar",d.result="",d.position++,C=N=d.position;(h=d.input.charCodeAt(d.position))!==0;){if(h===34)return ne(d,C,d.position,!0),d.position++,!0;if(h===92){if(ne(d,C,d.position,!0),h=d.input.charCodeAt(++d.position),y(h))z(d,!1,k);else if(h<256&&ye[h])d.result+=le[h],d.position++;else if((T=X(h))>0){let S=T,P=0;for(;S>0;S--)h=d.input.charCodeAt(++d.position),(T=j(h))>=0?P=(P<<4)+T:F(d,"expected hexadecimal character");d.result+=A(P),d.position++}else F(d,"unknown escape sequence");C=N=d.position}else y(h)?(ne(d,C,N,!0),ke(d,z(d,!1,k)),C=N=d.position):d.position===d.lineStart&&ce(d)?F(d,"unexpected end of the document within a double quoted scalar"):(d.position++,_(h)||(N=d.position))}F(d,"unexpected end of the stream within a double quoted scalar")}function Pt(d,k){let C=!0,N,T,h,S=d.tag,P,M=d.anchor,L,q,O,V,J=Object.create(null),re,ae,he,ve=d.input.charCodeAt(d.position);if(ve===91)L=93,V=!1,P=[];else if(ve===123)L=125,V=!0,P={};else return!1;for(d.anchor!==null&&Fe(d,d.anchor,P),ve=d.input.charCodeAt(++d.position);ve!==0;){if(z(d,!0,k),ve=d.input.charCodeAt(d.position),ve===L)return d.position++,d.tag=S,d.anchor=M,d.kind=V?"mapping":"sequence",d.result=P,!0;if(C?ve===44&&F(d,"expected the node content, but found ','"):F(d,"missed comma between flow collection entries"),ae=re=he=null,q=O=!1,ve===63){let dn=d.input.charCodeAt(d.position+1);E(dn)&&(q=O=!0,d.position++,z(d,!0,k))}N=d.line,T=d.lineStart,h=d.position,ln(d,k,o,!1,!0),ae=d.tag,re=d.result,z(d,!0,k),ve=d.input.charCodeAt(d.position),(O||d.line===N)&&ve===58&&(q=!0,ve=d.input.charCodeAt(++d.position),z(d,!0,k),ln(d,k,o,!1,!0),he=d.result),V?B(d,P,J,ae,re,he,N,T,h):q?P.push(B(d,null,J,ae,re,he,N,T,h)):P.push(re),z(d,!0,k),ve=d.input.charCodeAt(d.position),ve===44?(C=!0,ve=d.input.charCodeAt(++d.position)):C=!1}F(d,"unexpected end of the stream within a flow collection")}function nt(d,k){let C,N=u,T=!1,h=!1,S=k,P=0,M=!1,L,q=d.input.charCodeAt(d.position);if(q===124)C=!1;else if(q===62)C=!0;else return!1;for(d.kind="scalar",d.result="";q!==0;)if(q=d.input.charCodeAt(++d.position),q===43||q===45)u===N?N=q===43?f:l:F(d,"repeat of a chomping mode identifier");else if((L=H(q))>=0)L===0?F(d,"bad explicit indentation width of a block scalar; it cannot be less than one"):h?F(d,"repeat of an indentation width identifier"):(S=k+L-1,h=!0);else break;if(_(q)){do q=d.input.charCodeAt(++d.position);while(_(q));if(q===35)do q=d.input.charCodeAt(++d.position);while(!y(q)&&q!==0)}for(;q!==0;){for(Se(d),d.lineIndent=0,q=d.input.charCodeAt(d.position);(!h||d.lineIndent<S)&&q===32;)d.lineIndent++,q=d.input.charCodeAt(++d.position);if(!h&&d.lineIndent>S&&(S=d.lineIndent),y(q)){P++;continue}if(!h&&S===0&&F(d,"missing indentation for block scalar"),d.lineIndent<S){N===f?d.result+=e.repeat(`
`,T?1+P:P):N===u&&T&&(d.result+=`
`);break}C?_(q)?(M=!0,d.result+=e.repeat(`
`,T?1+P:P)):M?(M=!1,d.result+=e.repeat(`
`,P+1)):P===0?T&&(d.result+=" "):d.result+=e.repeat(`
`,P):d.result+=e.repeat(`
`,T?1+P:P),T=!0,h=!0,P=0;let O=d.position;for(;!y(q)&&q!==0;)q=d.input.charCodeAt(++d.position);ne(d,O,d.position,!1)}return!0}function Eo(d,k){let C=d.tag,N=d.anchor,T=[],h=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&Fe(d,d.anchor,T);let S=d.input.charCodeAt(d.position);for(;S!==0&&(d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,F(d,"tab characters must not be used in indentation")),S===45);){let P=d.input.charCodeAt(d.position+1);if(!E(P))break;if(h=!0,d.position++,z(d,!0,-1)&&d.lineIndent<=k){T.push(null),S=d.input.charCodeAt(d.position);continue}let M=d.line;if(ln(d,k,a,!1,!0),T.push(d.result),z(d,!0,-1),S=d.input.charCodeAt(d.position),(d.line===M||d.lineIndent>k)&&S!==0)F(d,"bad indentation of a sequence entry");else if(d.lineIndent<k)break}return h?(d.tag=C,d.anchor=N,d.kind="sequence",d.result=T,!0):!1}function To(d,k,C){let N,T,h,S,P=d.tag,M=d.anchor,L={},q=Object.create(null),O=null,V=null,J=null,re=!1,ae=!1;if(d.firstTabInLine!==-1)return!1;d.anchor!==null&&Fe(d,d.anchor,L);let he=d.input.charCodeAt(d.position);for(;he!==0;){!re&&d.firstTabInLine!==-1&&(d.position=d.firstTabInLine,F(d,"tab characters must not be used in indentation"));let ve=d.input.charCodeAt(d.position+1),dn=d.line;if((he===63||he===58)&&E(ve))he===63?(re&&(B(d,L,q,O,V,null,T,h,S),O=V=J=null),ae=!0,re=!0,N=!0):re?(re=!1,N=!0):F(d,"incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"),d.position+=1,he=ve;else{if(T=d.line,h=d.lineStart,S=d.position,!ln(d,C,s,!1,!0))break;if(d.line===dn){for(he=d.input.charCodeAt(d.position);_(he);)he=d.input.charCodeAt(++d.position);if(he===58)he=d.input.charCodeAt(++d.position),E(he)||F(d,"a whitespace character is expected after the key-value separator within a block mapping"),re&&(B(d,L,q,O,V,null,T,h,S),O=V=J=null),ae=!0,re=!1,N=!1,O=d.tag,V=d.result;else if(ae)F(d,"can not read an implicit mapping pair; a colon is missed");else return d.tag=P,d.anchor=M,!0}else if(ae)F(d,"can not read a block mapping entry; a multiline key may not be an implicit key");else return d.tag=P,d.anchor=M,!0}if((d.line===dn||d.lineIndent>k)&&(re&&(T=d.line,h=d.lineStart,S=d.position),ln(d,k,c,!0,N)&&(re?V=d.result:J=d.result),re||(B(d,L,q,O,V,J,T,h,S),O=V=J=null),z(d,!0,-1),he=d.input.charCodeAt(d.position)),(d.line===dn||d.lineIndent>k)&&he!==0)F(d,"bad indentation of a mapping entry");else if(d.lineIndent<k)break}return re&&B(d,L,q,O,V,null,T,h,S),ae&&(d.tag=P,d.anchor=M,d.kind="mapping",d.result=L),ae}function Oo(d){let k=!1,C=!1,N,T,h=d.input.charCodeAt(d.position);if(h!==33)return!1;d.tag!==null&&F(d,"duplication of a tag property"),h=d.input.charCodeAt(++d.position),h===60?(k=!0,h=d.input.charCodeAt(++d.position)):h===33?(C=!0,N="!!",h=d.input.charCodeAt(++d.position)):N="!";let S=d.position;if(k){do h=d.input.charCodeAt(++d.position);while(h!==0&&h!==62);d.position<d.length?(T=d.input.slice(S,d.position),h=d.input.charCodeAt(++d.position)):F(d,"unexpected end of the stream within a verbatim tag")}else{for(;h!==0&&!E(h);)h===33&&(C?F(d,"tag suffix cannot contain exclamation marks"):(N=d.input.slice(S-1,d.position+1),g.test(N)||F(d,"named tag handle cannot contain such characters"),C=!0,S=d.position+1)),h=d.input.charCodeAt(++d.position);T=d.input.slice(S,d.position),b.test(T)&&F(d,"tag suffix cannot contain flow indicator characters")}T&&!w.test(T)&&F(d,"tag name cannot contain such characters: "+T);try{T=decodeURIComponent(T)}catch{F(d,"tag name is malformed: "+T)}return k?d.tag=T:i.call(d.tagMap,N)?d.tag=d.tagMap[N]+T:N==="!"?d.tag="!"+T:N==="!!"?d.tag="tag:yaml.org,2002:"+T:F(d,'undeclared tag handle "'+N+'"'),!0}function Co(d){let k=d.input.charCodeAt(d.position);if(k!==38)return!1;d.anchor!==null&&F(d,"duplication of an anchor property"),k=d.input.charCodeAt(++d.position);let C=d.position;for(;k!==0&&!E(k)&&!G(k);)k=d.input.charCodeAt(++d.position);return d.position===C&&F(d,"name of an anchor node must contain at least one character"),d.anchor=d.input.slice(C,d.position),!0}function Fu(d){let k=d.input.charCodeAt(d.position);if(k!==42)return!1;k=d.input.charCodeAt(++d.position);let C=d.position;for(;k!==0&&!E(k)&&!G(k);)k=d.input.charCodeAt(++d.position);d.position===C&&F(d,"name of an alias node must contain at least one character");let N=d.input.slice(C,d.position);return i.call(d.anchorMap,N)||F(d,'unidentified alias "'+N+'"'),d.result=d.anchorMap[N],z(d,!0,-1),!0}function No(d,k,C,N){let T=Nt(d);return He(d),lt(d,k),d.tag=null,d.anchor=null,d.kind=null,d.result=null,To(d,C,N)&&d.kind==="mapping"?(Ce(d),!0):(Bt(d),lt(d,T),!1)}function ln(d,k,C,N,T){let h,S,P=1,M=!1,L=!1,q=null,O,V,J;d.depth>=d.maxDepth&&F(d,"nesting exceeded maxDepth ("+d.maxDepth+")"),d.depth+=1,d.listener!==null&&d.listener("open",d),d.tag=null,d.anchor=null,d.kind=null,d.result=null;let re=h=S=c===C||a===C;if(N&&z(d,!0,-1)&&(M=!0,d.lineIndent>k?P=1:d.lineIndent===k?P=0:d.lineIndent<k&&(P=-1)),P===1)for(;;){let ae=d.input.charCodeAt(d.position),he=Nt(d);if(M&&(ae===33&&d.tag!==null||ae===38&&d.anchor!==null)||!Oo(d)&&!Co(d))break;q===null&&(q=he),z(d,!0,-1)?(M=!0,S=re,d.lineIndent>k?P=1:d.lineIndent===k?P=0:d.lineIndent<k&&(P=-1)):S=!1}if(S&&(S=M||T),P===1||c===C)if(o===C||s===C?V=k:V=k+1,J=d.position-d.lineStart,P===1)if(S&&(Eo(d,J)||To(d,J,V))||Pt(d,V))L=!0;else{let ae=d.input.charCodeAt(d.position);q!==null&&re&&!S&&ae!==124&&ae!==62&&No(d,q,q.position-q.lineStart,V)||h&&nt(d,V)||_e(d,V)||tt(d,V)?L=!0:Fu(d)?(L=!0,(d.tag!==null||d.anchor!==null)&&F(d,"alias node should not have any properties")):De(d,V,o===C)&&(L=!0,d.tag===null&&(d.tag="?")),d.anchor!==null&&Fe(d,d.anchor,d.result)}else P===0&&(L=S&&Eo(d,J));if(d.tag===null)d.anchor!==null&&Fe(d,d.anchor,d.result);else if(d.tag==="?"){d.result!==null&&d.kind!=="scalar"&&F(d,'unacceptable node kind for !<?> tag; it should be "scalar", not "'+d.kind+'"');for(let ae=0,he=d.implicitTypes.length;ae<he;ae+=1)if(O=d.implicitTypes[ae],O.resolve(d.result)){d.result=O.construct(d.result),d.tag=O.tag,d.anchor!==null&&Fe(d,d.anchor,d.result);break}}else if(d.tag!=="!"){if(i.call(d.typeMap[d.kind||"fallback"],d.tag))O=d.typeMap[d.kind||"fallback"][d.tag];else{O=null;let ae=d.typeMap.multi[d.kind||"fallback"];for(let he=0,ve=ae.length;he<ve;he+=1)if(d.tag.slice(0,ae[he].tag.length)===ae[he].tag){O=ae[he];break}}O||F(d,"unknown tag !<"+d.tag+">"),d.result!==null&&O.kind!==d.kind&&F(d,"unacceptable node kind for !<"+d.tag+'> tag; it should be "'+O.kind+'", not "'+d.kind+'"'),O.resolve(d.result,d.tag)?(d.result=O.construct(d.result,d.tag),d.anchor!==null&&Fe(d,d.anchor,d.result)):F(d,"cannot resolve a node with !<"+d.tag+"> explicit tag")}return d.listener!==null&&d.listener("close",d),d.depth-=1,d.tag!==null||d.anchor!==null||L}function Du(d){let k=d.position,C=!1,N;for(d.version=null,d.checkLineBreaks=d.legacy,d.tagMap=Object.create(null),d.anchorMap=Object.create(null);(N=d.input.charCodeAt(d.position))!==0&&(z(d,!0,-1),N=d.input.charCodeAt(d.position),!(d.lineIndent>0||N!==37));){C=!0,N=d.input.charCodeAt(++d.position);let T=d.position;for(;N!==0&&!E(N);)N=d.input.charCodeAt(++d.position);let h=d.input.slice(T,d.position),S=[];for(h.length<1&&F(d,"directive name must not be less than one character in length");N!==0;){for(;_(N);)N=d.input.charCodeAt(++d.position);if(N===35){do N=d.input.charCodeAt(++d.position);while(N!==0&&!y(N));break}if(y(N))break;for(T=d.position;N!==0&&!E(N);)N=d.input.charCodeAt(++d.position);S.push(d.input.slice(T,d.position))}N!==0&&Se(d),i.call(_t,h)?_t[h](d,h,S):we(d,'unknown document directive "'+h+'"')}if(z(d,!0,-1),d.lineIndent===0&&d.input.charCodeAt(d.position)===45&&d.input.charCodeAt(d.position+1)===45&&d.input.charCodeAt(d.position+2)===45?(d.position+=3,z(d,!0,-1)):C&&F(d,"directives end mark is expected"),ln(d,d.lineIndent-1,c,!1,!0),z(d,!0,-1),d.checkLineBreaks&&m.test(d.input.slice(k,d.position))&&we(d,"non-ASCII line breaks are interpreted as content"),d.documents.push(d.result),d.position===d.lineStart&&ce(d)){d.input.charCodeAt(d.position)===46&&(d.position+=3,z(d,!0,-1));return}d.position<d.length-1&&F(d,"end of the stream or a document separator is expected")}function ci(d,k){d=String(d),k=k||{},d.length!==0&&(d.charCodeAt(d.length-1)!==10&&d.charCodeAt(d.length-1)!==13&&(d+=`
`),d.charCodeAt(0)===65279&&(d=d.slice(1)));let C=new R(d,k),N=d.indexOf("\0");for(N!==-1&&(C.position=N,F(C,"null byte is not allowed in input")),C.input+="\0";C.input.charCodeAt(C.position)===32;)C.lineIndent+=1,C.position+=1;for(;C.position<C.length-1;)Du(C);return C.documents}function Mu(d,k,C){k!==null&&typeof k=="object"&&typeof C>"u"&&(C=k,k=null);let N=ci(d,C);if(typeof k!="function")return N;for(let T=0,h=N.length;T<h;T+=1)k(N[T])}function zu(d,k){let C=ci(d,k);if(C.length!==0){if(C.length===1)return C[0];throw new t("expected a single document in the stream, but found more")}}return Ko.loadAll=Mu,Ko.load=zu,Ko}var _c={},f0;function ek(){if(f0)return _c;f0=1;let e=mi(),t=hi(),n=$c(),r=Object.prototype.toString,i=Object.prototype.hasOwnProperty,o=65279,s=9,a=10,c=13,u=32,l=33,f=34,p=35,m=37,b=38,g=39,w=42,v=44,y=45,_=58,E=61,G=62,j=63,X=64,H=91,Y=93,A=96,ee=123,ye=124,le=125,R={};R[0]="\\0",R[7]="\\a",R[8]="\\b",R[9]="\\t",R[10]="\\n",R[11]="\\v",R[12]="\\f",R[13]="\\r",R[27]="\\e",R[34]='\\"',R[92]="\\\\",R[133]="\\N",R[160]="\\_",R[8232]="\\L",R[8233]="\\P";let I=["y","Y","yes","Yes","YES","on","On","ON","n","N","no","No","NO","off","Off","OFF"],F=/^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;function we(h,S){if(S===null)return{};let P={},M=Object.keys(S);for(let L=0,q=M.length;L<q;L+=1){let O=M[L],V=String(S[O]);O.slice(0,2)==="!!"&&(O="tag:yaml.org,2002:"+O.slice(2));let J=h.compiledTypeMap.fallback[O];J&&i.call(J.styleAliases,V)&&(V=J.styleAliases[V]),P[O]=V}return P}function Fe(h){let S,P,M=h.toString(16).toUpperCase();if(h<=255)S="x",P=2;else if(h<=65535)S="u",P=4;else if(h<=4294967295)S="U",P=8;else throw new t("code point within a string may not be greater than 0xFFFFFFFF");return"\\"+S+e.repeat("0",P-M.length)+M}let He=1,Ce=2;function Bt(h){this.schema=h.schema||n,this.indent=Math.max(1,h.indent||2),this.noArrayIndent=h.noArrayIndent||!1,this.skipInvalid=h.skipInvalid||!1,this.flowLevel=e.isNothing(h.flowLevel)?-1:h.flowLevel,this.styleMap=we(this.schema,h.styles||null),this.sortKeys=h.sortKeys||!1,this.lineWidth=h.lineWidth||80,this.noRefs=h.noRefs||!1,this.noCompatMode=h.noCompatMode||!1,this.condenseFlow=h.condenseFlow||!1,this.quotingType=h.quotingType==='"'?Ce:He,this.forceQuotes=h.forceQuotes||!1,this.replacer=typeof h.replacer=="function"?h.replacer:null,this.implicitTypes=this.schema.compiledImplicit,this.explicitTypes=this.schema.compiledExplicit,this.tag=null,this.result="",this.duplicates=[],this.usedDuplicates=null}function Nt(h,S){let P=e.repeat(" ",S),M=0,L="",q=h.length;for(;M<q;){let O,V=h.indexOf(`
`,M);V===-1?(O=h.slice(M),M=q):(O=h.slice(M,V+1),M=V+1),O.length&&O!==`
`&&(L+=P),L+=O}return L}function lt(h,S){return`
`+e.repeat(" ",h.indent*S)}function _t(h,S){for(let P=0,M=h.implicitTypes.length;P<M;P+=1)if(h.implicitTypes[P].resolve(S))return!0;return!1}function ne(h){return h===u||h===s}function $t(h){return h>=32&&h<=126||h>=161&&h<=55295&&h!==8232&&h!==8233||h>=57344&&h<=65533&&h!==o||h>=65536&&h<=1114111}function Dn(h){return $t(h)&&h!==o&&h!==c&&h!==a}function B(h,S,P){let M=Dn(h),L=M&&!ne(h);return(P?M:M&&h!==v&&h!==H&&h!==Y&&h!==ee&&h!==le)&&h!==p&&!(S===_&&!L)||Dn(S)&&!ne(S)&&h===p||S===_&&L}function Se(h){return $t(h)&&h!==o&&!ne(h)&&h!==y&&h!==j&&h!==_&&h!==v&&h!==H&&h!==Y&&h!==ee&&h!==le&&h!==p&&h!==b&&h!==w&&h!==l&&h!==ye&&h!==E&&h!==G&&h!==g&&h!==f&&h!==m&&h!==X&&h!==A}function z(h){return!ne(h)&&h!==_}function ce(h,S){let P=h.charCodeAt(S),M;return P>=55296&&P<=56319&&S+1<h.length&&(M=h.charCodeAt(S+1),M>=56320&&M<=57343)?(P-55296)*1024+M-56320+65536:P}function ke(h){return/^\n* /.test(h)}let De=1,_e=2,tt=3,Pt=4,nt=5;function Eo(h,S,P,M,L,q,O,V){let J,re=0,ae=null,he=!1,ve=!1,dn=M!==-1,li=-1,di=Se(ce(h,0))&&z(ce(h,h.length-1));if(S||O)for(J=0;J<h.length;re>=65536?J+=2:J++){if(re=ce(h,J),!$t(re))return nt;di=di&&B(re,ae,V),ae=re}else{for(J=0;J<h.length;re>=65536?J+=2:J++){if(re=ce(h,J),re===a)he=!0,dn&&(ve=ve||J-li-1>M&&h[li+1]!==" ",li=J);else if(!$t(re))return nt;di=di&&B(re,ae,V),ae=re}ve=ve||dn&&J-li-1>M&&h[li+1]!==" "}return!he&&!ve?di&&!O&&!L(h)?De:q===Ce?nt:_e:P>9&&ke(h)?nt:O?q===Ce?nt:_e:ve?Pt:tt}function To(h,S,P,M,L){h.dump=(function(){if(S.length===0)return h.quotingType===Ce?'""':"''";if(!h.noCompatMode&&(I.indexOf(S)!==-1||F.test(S)))return h.quotingType===Ce?'"'+S+'"':"'"+S+"'";let q=h.indent*Math.max(1,P),O=h.lineWidth===-1?-1:Math.max(Math.min(h.lineWidth,40),h.lineWidth-q),V=M||h.flowLevel>-1&&P>=h.flowLevel;function J(re){return _t(h,re)}switch(Eo(S,V,h.indent,O,J,h.quotingType,h.forceQuotes&&!M,L)){case De:return S;case _e:return"'"+S.replace(/'/g,"''")+"'";case tt:return"|"+Oo(S,h.indent)+Co(Nt(S,q));case Pt:return">"+Oo(S,h.indent)+Co(Nt(Fu(S,O),q));case nt:return'"'+ln(S)+'"';default:throw new t("impossible error: invalid scalar style")}})()}function Oo(h,S){let P=ke(h)?String(S):"",M=h[h.length-1]===`
`,q=M&&(h[h.length-2]===`
`||h===`
`)?"+":M?"":"-";return P+q+`
`}function Co(h){return h[h.length-1]===`
`?h.slice(0,-1):h}function Fu(h,S){let P=/(\n+)([^\n]*)/g,M=(function(){let V=h.indexOf(`
`);return V=V!==-1?V:h.length,P.lastIndex=V,No(h.slice(0,V),S)})(),L=h[0]===`
`||h[0]===" ",q,O;for(;O=P.exec(h);){let V=O[1],J=O[2];q=J[0]===" ",M+=V+(!L&&!q&&J!==""?`
`:"")+No(J,S),L=q}return M}function No(h,S){if(h===""||h[0]===" ")return h;let P=/ [^ ]/g,M,L=0,q,O=0,V=0,J="";for(;M=P.exec(h);)V=M.index,V-L>S&&(q=O>L?O:V,J+=`
`+h.slice(L,q),L=q+1),O=V;return J+=`
`,h.length-L>S&&O>L?J+=h.slice(L,O)+`
`+h.slice(O+1):J+=h.slice(L),J.slice(1)}function ln(h){let S="",P=0;for(let M=0;M<h.length;P>=65536?M+=2:M++){P=ce(h,M);let L=R[P];!L&&$t(P)?(S+=h[M],P>=65536&&(S+=h[M+1])):S+=L||Fe(P)}return S}function Du(h,S,P){let M="",L=h.tag;for(let q=0,O=P.length;q<O;q+=1){let V=P[q];h.replacer&&(V=h.replacer.call(P,String(q),V)),(k(h,S,V,!1,!1)||typeof V>"u"&&k(h,S,null,!1,!1))&&(M!==""&&(M+=","+(h.condenseFlow?"":" ")),M+=h.dump)}h.tag=L,h.dump="["+M+"]"}function ci(h,S,P,M){let L="",q=h.tag;for(let O=0,V=P.length;O<V;O+=1){let J=P[O];h.replacer&&(J=h.replacer.call(P,String(O),J)),(k(h,S+1,J,!0,!0,!1,!0)||typeof J>"u"&&k(h,S+1,null,!0,!0,!1,!0))&&((!M||L!=="")&&(L+=lt(h,S)),h.dump&&a===h.dump.charCodeAt(0)?L+="-":L+="- ",L+=h.dump)}h.tag=q,h.dump=L||"[]"}function Mu(h,S,P){let M="",L=h.tag,q=Object.keys(P);for(let O=0,V=q.length;O<V;O+=1){let J="";M!==""&&(J+=", "),h.condenseFlow&&(J+='"');let re=q[O],ae=P[re];h.replacer&&(ae=h.replacer.call(P,re,ae)),k(h,S,re,!1,!1)&&(h.dump.length>1024&&(J+="? "),J+=h.dump+(h.condenseFlow?'"':"")+":"+(h.condenseFlow?"":" "),k(h,S,ae,!1,!1)&&(J+=h.dump,M+=J))}h.tag=L,h.dump="{"+M+"}"}function zu(h,S,P,M){let L="",q=h.tag,O=Object.keys(P);if(h.sortKeys===!0)O.sort();else if(typeof h.sortKeys=="function")O.sort(h.sortKeys);else if(h.sortKeys)throw new t("sortKeys must be a boolean or a function");for(let V=0,J=O.length;V<J;V+=1){let re="";(!M||L!=="")&&(re+=lt(h,S));let ae=O[V],he=P[ae];if(h.replacer&&(he=h.replacer.call(P,ae,he)),!k(h,S+1,ae,!0,!0,!0))continue;let ve=h.tag!==null&&h.tag!=="?"||h.dump&&h.dump.length>1024;ve&&(h.dump&&a===h.dump.charCodeAt(0)?re+="?":re+="? "),re+=h.dump,ve&&(re+=lt(h,S)),k(h,S+1,he,!0,ve)&&(h.dump&&a===h.dump.charCodeAt(0)?re+=":":re+=": ",re+=h.dump,L+=re)}h.tag=q,h.dump=L||"{}"}function d(h,S,P){let M=P?h.explicitTypes:h.implicitTypes;for(let L=0,q=M.length;L<q;L+=1){let O=M[L];if((O.instanceOf||O.predicate)&&(!O.instanceOf||typeof S=="object"&&S instanceof O.instanceOf)&&(!O.predicate||O.predicate(S))){if(P?O.multi&&O.representName?h.tag=O.representName(S):h.tag=O.tag:h.tag="?",O.represent){let V=h.styleMap[O.tag]||O.defaultStyle,J;if(r.call(O.represent)==="[object Function]")J=O.represent(S,V);else if(i.call(O.represent,V))J=O.represent[V](S,V);else throw new t("!<"+O.tag+'> tag resolver accepts not "'+V+'" style');h.dump=J}return!0}}return!1}function k(h,S,P,M,L,q,O){h.tag=null,h.dump=P,d(h,P,!1)||d(h,P,!0);let V=r.call(h.dump),J=M;M&&(M=h.flowLevel<0||h.flowLevel>S);let re=V==="[object Object]"||V==="[object Array]",ae,he;if(re&&(ae=h.duplicates.indexOf(P),he=ae!==-1),(h.tag!==null&&h.tag!=="?"||he||h.indent!==2&&S>0)&&(L=!1),he&&h.usedDuplicates[ae])h.dump="*ref_"+ae;else{if(re&&he&&!h.usedDuplicates[ae]&&(h.usedDuplicates[ae]=!0),V==="[object Object]")M&&Object.keys(h.dump).length!==0?(zu(h,S,h.dump,L),he&&(h.dump="&ref_"+ae+h.dump)):(Mu(h,S,h.dump),he&&(h.dump="&ref_"+ae+" "+h.dump));else if(V==="[object Array]")M&&h.dump.length!==0?(h.noArrayIndent&&!O&&S>0?ci(h,S-1,h.dump,L):ci(h,S,h.dump,L),he&&(h.dump="&ref_"+ae+h.dump)):(Du(h,S,h.dump),he&&(h.dump="&ref_"+ae+" "+h.dump));else if(V==="[object String]")h.tag!=="?"&&To(h,h.dump,S,q,J);else{if(V==="[object Undefined]")return!1;if(h.skipInvalid)return!1;throw new t("unacceptable kind of an object to dump "+V)}if(h.tag!==null&&h.tag!=="?"){let ve=encodeURI(h.tag[0]==="!"?h.tag.slice(1):h.tag).replace(/!/g,"%21");h.tag[0]==="!"?ve="!"+ve:ve.slice(0,18)==="tag:yaml.org,2002:"?ve="!!"+ve.slice(18):ve="!<"+ve+">",h.dump=ve+" "+h.dump}}return!0}function C(h,S){let P=[],M=[];N(h,P,M);let L=M.length;for(let q=0;q<L;q+=1)S.duplicates.push(P[M[q]]);S.usedDuplicates=new Array(L)}function N(h,S,P){if(h!==null&&typeof h=="object"){let M=S.indexOf(h);if(M!==-1)P.indexOf(M)===-1&&P.push(M);else if(S.push(h),Array.isArray(h))for(let L=0,q=h.length;L<q;L+=1)N(h[L],S,P);else{let L=Object.keys(h);for(let q=0,O=L.length;q<O;q+=1)N(h[L[q]],S,P)}}}function T(h,S){S=S||{};let P=new Bt(S);P.noRefs||C(h,P);let M=h;return P.replacer&&(M=P.replacer.call({"":M},"",M)),k(P,0,M,!0,!0)?P.dump+`
`:""}return _c.dump=T,_c}var p0;function tk(){if(p0)return Qe;p0=1;let e=Qx(),t=ek();function n(r,i){return function(){throw new Error("Function yaml."+r+" is removed in js-yaml 4. Use yaml."+i+" instead, which is now safe by default.")}}return Qe.Type=it(),Qe.Schema=m0(),Qe.FAILSAFE_SCHEMA=y0(),Qe.JSON_SCHEMA=_0(),Qe.CORE_SCHEMA=$0(),Qe.DEFAULT_SCHEMA=$c(),Qe.load=e.load,Qe.loadAll=e.loadAll,Qe.dump=t.dump,Qe.YAMLException=hi(),Qe.types={binary:R0(),float:k0(),map:b0(),null:v0(),pairs:P0(),set:E0(),timestamp:A0(),bool:w0(),int:x0(),merge:S0(),omap:I0(),seq:g0(),str:h0()},Qe.safeLoad=n("safeLoad","load"),Qe.safeLoadAll=n("safeLoadAll","loadAll"),Qe.safeDump=n("safeDump","dump"),Qe}var nk=tk(),nn=Xx(nk),{Type:KE,Schema:HE,FAILSAFE_SCHEMA:WE,JSON_SCHEMA:JE,CORE_SCHEMA:XE,DEFAULT_SCHEMA:YE,load:QE,loadAll:eT,dump:tT,YAMLException:nT,types:rT,safeLoad:iT,safeLoadAll:oT,safeDump:sT}=nn;var zn=8*1024*1024,gi=1e5,Ho=1e4,lr=100;function T0(e,t){let n=rk(e);if(n>zn)throw new Z(`file is ${n} bytes, over the ${zn}-byte limit`,{file:t},"split it into several manifests (genspend accepts globs)");if(e.includes("\0")||e.includes("\uFFFD"))throw new Z("file is binary, not YAML text",{file:t},"point genspend at a UTF-8 YAML manifest");if(e.trim()===""||/^(\s*#.*\n?)*\s*$/.test(e))throw new Z("file is empty",{file:t},"add `version: 1` and a `workloads:` list (see examples/genspend.yml)")}function rk(e){if(!/[^\x00-\x7f]/.test(e))return e.length;let t=0;for(let n=0;n<e.length;n++){let r=e.charCodeAt(n);r<128?t+=1:r<2048?t+=2:r>=55296&&r<=56319?(t+=4,n++):t+=3}return t}var ik=/^(?:~|null|Null|NULL)?$/,ok=/^(?:true|True|TRUE|false|False|FALSE)$/,sk=/^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,ak=/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,O0=/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,uk=/^-?[0-9]{1,15}$/;function ck(e){return uk.test(e)?new ft(Number(e)):new ft(/^0[ox]/.test(e)?BigInt(e).toString():e.replace(/^\+/,""))}function lk(e){return/nan/i.test(e)?NaN:e.startsWith("-")?-1/0:1/0}var Wo=(e,t,n)=>new nn.Type(`tag:yaml.org,2002:${e}`,{kind:"scalar",resolve:r=>typeof r=="string"&&t.test(r),construct:n}),dk=e=>["scalar","sequence","mapping"].map(t=>new nn.Type("",{kind:t,multi:!0,resolve:(n,r)=>e(r??"")}));function C0(e,t){let n=r=>e?ck(r):Number(r.replace(/^\+/,""));return nn.FAILSAFE_SCHEMA.extend({implicit:[Wo("null",ik,()=>null),Wo("bool",ok,r=>r.toLowerCase()==="true"),Wo("int",sk,n),Wo("float",new RegExp(`${ak.source}|${O0.source}`),r=>O0.test(r)?lk(r):n(r)),new nn.Type("tag:yaml.org,2002:merge",{kind:"scalar",resolve:r=>r==="<<"})],explicit:dk(t)})}var N0=/[ \t]*\*([^\s,[\]{}]+)/y,F0=/(?:\s|#[^\n]*(?![^\n]))*:/y,fk="tag:yaml.org,2002:merge",Ac=/[ \t]*/y;function Jo(e,t,n={}){T0(e,t);let r=v=>({file:t,line:v}),i=[],o=new WeakMap,s=new WeakMap,a=new WeakMap,c=0,u=0,l=0,f=0,p,m=v=>{throw new Z(`unsupported tag \`${v.replace(/^tag:yaml\.org,2002:/,"!!")}\``,r((p?.line??0)+1),"remove the tag: a manifest holds only text, numbers, true/false, lists and mappings")},b=v=>{let y=v.line+1;if(v.depth>lr+1)throw D0(r(y));let _=i.at(-1);if(_){for(;_.children.length>0&&_.children.at(-1).position>=v.position;)_.children.pop();_.children.length===0&&_.anchor===void 0&&(_.anchor=v.anchor)}else{if(l++>0)throw hk(v.input,f,v.position,t);if(v.version!==null&&v.version!=="1.2")throw gk(v.version,v.input,v.position,t)}N0.lastIndex=v.position;let E=N0.exec(v.input)?.[1];if(E!==void 0&&i.some(G=>G.anchor===E))throw new Z(`alias \`*${E}\` is inside the value it names`,r(y),"an alias cannot repeat its own parent");if(E!==void 0&&!Object.prototype.hasOwnProperty.call(v.anchorMap,E))throw new Z(`undefined alias \`*${E}\``,r(y),`define the anchor \`&${E}\` on a value before this alias, or write the value out`);i.push({line:y,position:v.position,children:[],merging:!1})},g=v=>{let y=i.pop(),_=v.result,E=v.kind==="mapping"||v.kind==="sequence",G=v.kind===null&&_!==null&&y.children.length===0,j=1;if(G){if(j=typeof _=="object"&&s.get(_)||1,c+=j,c>gi||++u>Ho)throw new Z(c>gi?`aliases expand to more than ${gi.toLocaleString("en-US")} values`:`more than ${Ho.toLocaleString("en-US")} aliases`,r(y.line),"write the values out instead of nesting aliases")}else if(E){if(v.depth>lr)throw D0(r(y.line));for(let ye of y.children)j+=ye.size;s.has(_)||(s.set(_,j),o.set(_,mk(_,y.children)),n.ranges&&v.kind==="mapping"&&a.set(_,pk(y.children)))}let X=i.at(-1);if(!X){f=v.position;return}F0.lastIndex=v.position;let H=F0.test(v.input),Y=E&&y.children.length>0?y.children[0].line:y.line;if(H&&_!==null&&typeof _=="object"&&(Array.isArray(_)||Sc(_)))throw new Z("a key is a list or mapping",r(Y),"keys are plain text: remove the `?` or the brackets around the key");if(X.merging&&(X.merging=!1,!(Sc(_)||Array.isArray(_)&&_.every(Sc))))throw new Z("`<<` merges a mapping or a list of mappings into this one",r(Y),"merge an anchored mapping (`<<: *defaults`), or remove the `<<` key");let A=H&&v.tag===fk;A&&(X.merging=!0);let ee={value:_,line:Y,position:y.position,size:j,key:H,merge:A};n.ranges&&v.kind==="scalar"&&(Ac.lastIndex=y.position,Ac.test(v.input),ee.range=[Ac.lastIndex,v.position]),X.children.push(ee)},w;try{w=nn.load(e,{filename:t,schema:C0(n.exactNumbers??!0,m),maxDepth:lr+2,maxTotalMergeKeys:-1,listener(v,y){p=y,v==="open"?b(p):g(p)}})}catch(v){throw v instanceof nn.YAMLException?new Z(`invalid YAML: ${v.reason}`,r(v.mark.line+1),"fix the YAML syntax at that line"):v}return{value:w,lineOf(v){let y=w,_=1;for(let E of v){if(y===null||typeof y!="object")break;let G=o.get(y)?.get(Array.isArray(y)?E:String(E));if(G===void 0)break;_=G,y=y[E]}return _},rangeOf(v){let y=w;for(let _ of v.slice(0,-1)){if(y===null||typeof y!="object")return;y=y[_]}return y!==null&&typeof y=="object"?a.get(y)?.get(String(v.at(-1))):void 0}}}function pk(e){let t=new Map;return e.forEach((n,r)=>{let i=e[r+1];n.key&&i&&!i.key&&i.range&&t.set(String(n.value),i.range)}),t}function mk(e,t){let n=new Map;if(Array.isArray(e))return t.length===e.length&&t.forEach((i,o)=>n.set(o,i.line)),n;let r;for(let i of t)i.key&&(i.merge?r??=i.line:n.set(String(i.value),i.line));if(r!==void 0)for(let i of Object.keys(e))n.has(i)||n.set(i,r);return n}function Sc(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function D0(e){return new Z(`nesting too deep (more than ${lr} levels)`,e,"a manifest nests four levels: a mapping, its `workloads` list, each workload, its values")}function M0(e,t){let n=1;for(let r=e.indexOf(`
`);r!==-1&&r<t;r=e.indexOf(`
`,r+1))n++;return n}function hk(e,t,n,r){let i=/^---/m.exec(e.slice(t,n));return new Z("a second YAML document starts here",{file:r,line:M0(e,i?t+i.index:n)},"keep one document per manifest: remove the `---` line and what follows, or move it to a file of its own")}function gk(e,t,n,r){let i=/^%YAML/m.exec(t.slice(0,n));return new Z(`\`%YAML ${e}\` directive: genspend reads YAML 1.2 only, whose numbers and booleans differ from YAML 1.1 (\`010\`, \`yes\`)`,{file:r,line:M0(t,i?i.index:0)},"remove the `%YAML` line (and check numbers with leading zeros and yes/no values)")}var $={};Yt($,{$brand:()=>Uc,$input:()=>mf,$output:()=>pf,INVALID:()=>at,NEVER:()=>qc,TimePrecision:()=>Sf,ZodAny:()=>pm,ZodArray:()=>bm,ZodBase64:()=>Ga,ZodBase64URL:()=>Ka,ZodBigInt:()=>Kr,ZodBigIntFormat:()=>Ja,ZodBoolean:()=>Gr,ZodCIDRv4:()=>Za,ZodCIDRv6:()=>Va,ZodCUID:()=>Ma,ZodCUID2:()=>za,ZodCatch:()=>zm,ZodCodec:()=>lo,ZodCompileAsyncError:()=>Lt,ZodCompileUnsupportedError:()=>xe,ZodCreditCard:()=>om,ZodCustom:()=>fo,ZodCustomStringFormat:()=>tr,ZodDate:()=>io,ZodDefault:()=>Om,ZodDiscriminatedUnion:()=>vm,ZodE164:()=>Ha,ZodEmail:()=>Ca,ZodEmoji:()=>Fa,ZodEnum:()=>Br,ZodError:()=>PA,ZodExactOptional:()=>eu,ZodFile:()=>Im,ZodFirstPartyTypeKind:()=>Ym,ZodFunction:()=>Hm,ZodGUID:()=>Na,ZodIBAN:()=>sm,ZodIPv4:()=>ja,ZodIPv6:()=>Ba,ZodISODate:()=>In,ZodISODateTime:()=>Rn,ZodISODuration:()=>En,ZodISOTime:()=>Pn,ZodInstanceOf:()=>Xm,ZodIntersection:()=>wm,ZodIssueCode:()=>OA,ZodJWT:()=>Wa,ZodKSUID:()=>Ua,ZodLazy:()=>Vm,ZodLiteral:()=>Rm,ZodMAC:()=>im,ZodMap:()=>Am,ZodNaN:()=>qm,ZodNanoID:()=>Da,ZodNever:()=>hm,ZodNonOptional:()=>tu,ZodNull:()=>dm,ZodNullable:()=>Tm,ZodNumber:()=>Vr,ZodNumberFormat:()=>nr,ZodObject:()=>so,ZodOptional:()=>uo,ZodPipe:()=>co,ZodPrefault:()=>Nm,ZodPreprocess:()=>Um,ZodPromise:()=>Km,ZodReadonly:()=>jm,ZodRealError:()=>vt,ZodRecord:()=>jr,ZodSet:()=>Sm,ZodString:()=>Zr,ZodStringFormat:()=>Ee,ZodSuccess:()=>Mm,ZodSymbol:()=>cm,ZodTemplateLiteral:()=>Zm,ZodTransform:()=>Pm,ZodTuple:()=>km,ZodType:()=>ge,ZodULID:()=>La,ZodURL:()=>ro,ZodUUID:()=>Wt,ZodUndefined:()=>lm,ZodUnion:()=>ao,ZodUnknown:()=>mm,ZodVoid:()=>gm,ZodXID:()=>qa,ZodXor:()=>ym,_ZodString:()=>Oa,_default:()=>Cm,_function:()=>a2,any:()=>zb,array:()=>oo,base64:()=>yb,base64url:()=>vb,bigint:()=>Cb,boolean:()=>um,catch:()=>Lm,check:()=>u2,cidrv4:()=>gb,cidrv6:()=>bb,clone:()=>Re,codec:()=>r2,coerce:()=>eh,compile:()=>yf,config:()=>Le,core:()=>un,creditCard:()=>xb,cuid:()=>ub,cuid2:()=>cb,currencyCode:()=>Rb,custom:()=>c2,date:()=>qb,decode:()=>Xp,decodeAsync:()=>Qp,deepPartial:()=>k2,describe:()=>l2,discriminatedUnion:()=>Gb,e164:()=>wb,email:()=>Y1,emoji:()=>sb,encode:()=>Jp,encodeAsync:()=>Yp,endsWith:()=>Tr,enum:()=>Ya,exactOptional:()=>Em,file:()=>Qb,flattenError:()=>Ri,float32:()=>Pb,float64:()=>Eb,formatError:()=>Ii,fromJSONSchema:()=>w2,function:()=>a2,getDiscriminatedOption:()=>qd,getErrorMap:()=>NA,globalRegistry:()=>Xe,gt:()=>Kt,gte:()=>Rt,guid:()=>Q1,hash:()=>Ib,hex:()=>Sb,hostname:()=>Ab,httpUrl:()=>ob,iban:()=>kb,includes:()=>Pr,input:()=>$2,instanceof:()=>f2,int:()=>Ea,int32:()=>Tb,int64:()=>Nb,intersection:()=>xm,invertCodec:()=>i2,ipv4:()=>pb,ipv6:()=>hb,iso:()=>po,json:()=>m2,jwt:()=>_b,keyof:()=>Ub,ksuid:()=>fb,lazy:()=>Gm,length:()=>Jn,literal:()=>Yb,locales:()=>Ki,looseObject:()=>Zb,looseRecord:()=>Hb,lowercase:()=>Rr,lt:()=>Gt,lte:()=>St,mac:()=>mb,map:()=>Wb,maxLength:()=>Wn,maxSize:()=>_n,memoizer:()=>Gi,meta:()=>d2,mime:()=>Cr,minLength:()=>an,minSize:()=>Ht,multipleOf:()=>kn,nan:()=>n2,nanoid:()=>ab,nativeEnum:()=>Xb,negative:()=>va,never:()=>Xa,nonnegative:()=>xa,nonoptional:()=>Dm,nonpositive:()=>wa,normalize:()=>Nr,null:()=>fm,nullable:()=>no,nullish:()=>e2,number:()=>am,object:()=>jb,optional:()=>Qn,output:()=>A2,overwrite:()=>qt,parse:()=>Gp,parseAsync:()=>Kp,partialRecord:()=>Kb,pipe:()=>Ta,positive:()=>ya,prefault:()=>Fm,preprocess:()=>h2,prettifyError:()=>Gc,promise:()=>s2,properties:()=>Or,property:()=>ka,readonly:()=>Bm,record:()=>$m,refine:()=>Wm,regex:()=>Sr,regexes:()=>Ct,registry:()=>Ks,safeDecode:()=>tm,safeDecodeAsync:()=>rm,safeEncode:()=>em,safeEncodeAsync:()=>nm,safeParse:()=>Hp,safeParseAsync:()=>Wp,set:()=>Jb,setErrorMap:()=>CA,size:()=>Hn,slugify:()=>zr,startsWith:()=>Er,strictObject:()=>Bb,string:()=>to,stringFormat:()=>$b,stringbool:()=>p2,success:()=>t2,superRefine:()=>Jm,symbol:()=>Db,templateLiteral:()=>o2,toJSONSchema:()=>Sa,toLowerCase:()=>Dr,toUpperCase:()=>Mr,toZod:()=>bi,transform:()=>Qa,treeifyError:()=>Vc,trim:()=>Fr,tuple:()=>_m,uint32:()=>Ob,uint64:()=>Fb,ulid:()=>lb,undefined:()=>Mb,union:()=>Hr,unknown:()=>Yn,uppercase:()=>Ir,url:()=>ib,util:()=>W,uuid:()=>eb,uuidv4:()=>tb,uuidv6:()=>nb,uuidv7:()=>rb,validate:()=>Pi,validateAsync:()=>Ei,void:()=>Lb,withParser:()=>Hs,xid:()=>db,xor:()=>Vb});var un={};Yt(un,{$ZodAny:()=>Td,$ZodArray:()=>Md,$ZodAsyncError:()=>bt,$ZodBase64:()=>vd,$ZodBase64URL:()=>wd,$ZodBigInt:()=>Fs,$ZodBigIntFormat:()=>Rd,$ZodBoolean:()=>qi,$ZodCIDRv4:()=>bd,$ZodCIDRv6:()=>yd,$ZodCUID:()=>od,$ZodCUID2:()=>sd,$ZodCatch:()=>nf,$ZodCheck:()=>Te,$ZodCheckBigIntFormat:()=>Ol,$ZodCheckEndsWith:()=>Zl,$ZodCheckGreaterThan:()=>vs,$ZodCheckIncludes:()=>jl,$ZodCheckLengthEquals:()=>zl,$ZodCheckLessThan:()=>ys,$ZodCheckLowerCase:()=>ql,$ZodCheckMaxLength:()=>Dl,$ZodCheckMaxSize:()=>Cl,$ZodCheckMimeType:()=>Kl,$ZodCheckMinLength:()=>Ml,$ZodCheckMinSize:()=>Nl,$ZodCheckMultipleOf:()=>El,$ZodCheckNumberFormat:()=>Tl,$ZodCheckOverwrite:()=>Hl,$ZodCheckProperties:()=>Gl,$ZodCheckProperty:()=>Vl,$ZodCheckRegex:()=>Ll,$ZodCheckSizeEquals:()=>Fl,$ZodCheckStartsWith:()=>Bl,$ZodCheckStringFormat:()=>kr,$ZodCheckUpperCase:()=>Ul,$ZodCodec:()=>ji,$ZodCreditCard:()=>kd,$ZodCustom:()=>lf,$ZodCustomStringFormat:()=>Ad,$ZodCyclicError:()=>js,$ZodDate:()=>Fd,$ZodDefault:()=>Yd,$ZodDiscriminatedUnion:()=>Ud,$ZodE164:()=>xd,$ZodEmail:()=>Ql,$ZodEmoji:()=>rd,$ZodEncodeError:()=>wn,$ZodEnum:()=>Gd,$ZodError:()=>Zc,$ZodExactOptional:()=>Jd,$ZodFile:()=>Hd,$ZodFunction:()=>uf,$ZodGUID:()=>Xl,$ZodIBAN:()=>_d,$ZodIPv4:()=>md,$ZodIPv6:()=>hd,$ZodISODate:()=>dd,$ZodISODateTime:()=>ld,$ZodISODuration:()=>pd,$ZodISOTime:()=>fd,$ZodIntersection:()=>jd,$ZodJWT:()=>$d,$ZodKSUID:()=>cd,$ZodLazy:()=>Bi,$ZodLiteral:()=>Kd,$ZodMAC:()=>gd,$ZodMap:()=>Zd,$ZodNaN:()=>rf,$ZodNanoID:()=>id,$ZodNever:()=>Cd,$ZodNonOptional:()=>ef,$ZodNull:()=>Ed,$ZodNullable:()=>Xd,$ZodNumber:()=>Ns,$ZodNumberFormat:()=>Sd,$ZodObject:()=>y1,$ZodObjectJIT:()=>zd,$ZodOptional:()=>Ms,$ZodPipe:()=>zs,$ZodPrefault:()=>Qd,$ZodPreprocess:()=>of,$ZodPromise:()=>cf,$ZodReadonly:()=>sf,$ZodRealError:()=>yt,$ZodRecord:()=>Bd,$ZodRegistry:()=>Gs,$ZodSet:()=>Vd,$ZodString:()=>Zn,$ZodStringFormat:()=>Ie,$ZodSuccess:()=>tf,$ZodSymbol:()=>Id,$ZodTemplateLiteral:()=>af,$ZodTransform:()=>Wd,$ZodTuple:()=>Ds,$ZodType:()=>me,$ZodULID:()=>ad,$ZodURL:()=>nd,$ZodUUID:()=>Yl,$ZodUndefined:()=>Pd,$ZodUnion:()=>Ui,$ZodUnknown:()=>Od,$ZodVoid:()=>Nd,$ZodXID:()=>ud,$ZodXor:()=>Ld,$brand:()=>Uc,$constructor:()=>x,$input:()=>mf,$output:()=>pf,Doc:()=>Bn,INVALID:()=>at,JSONSchema:()=>W1,JSONSchemaGenerator:()=>Ra,NEVER:()=>qc,TimePrecision:()=>Sf,URL_BAD_FORMAT:()=>ed,URL_UNPARSEABLE:()=>Fi,ZodCompileAsyncError:()=>Lt,ZodCompileUnsupportedError:()=>xe,_any:()=>Bf,_array:()=>Jf,_base64:()=>ma,_base64url:()=>ha,_bigint:()=>Df,_boolean:()=>Nf,_catch:()=>bA,_check:()=>C1,_cidrv4:()=>fa,_cidrv6:()=>pa,_coercedBigint:()=>Mf,_coercedBoolean:()=>Ff,_coercedDate:()=>Hf,_coercedNumber:()=>If,_coercedString:()=>kf,_creditCard:()=>$f,_cuid:()=>oa,_cuid2:()=>sa,_custom:()=>Yf,_date:()=>Kf,_decode:()=>as,_decodeAsync:()=>cs,_default:()=>mA,_discriminatedUnion:()=>nA,_e164:()=>ga,_email:()=>Xs,_emoji:()=>ra,_encode:()=>ss,_encodeAsync:()=>us,_endsWith:()=>Tr,_enum:()=>uA,_file:()=>Xf,_float32:()=>Ef,_float64:()=>Tf,_gt:()=>Kt,_gte:()=>Rt,_guid:()=>Ys,_iban:()=>Af,_includes:()=>Pr,_int:()=>Pf,_int32:()=>Of,_int64:()=>zf,_intersection:()=>rA,_ipv4:()=>la,_ipv6:()=>da,_isoDate:()=>Ji,_isoDateTime:()=>Wi,_isoDuration:()=>Yi,_isoTime:()=>Xi,_jwt:()=>ba,_ksuid:()=>ca,_lazy:()=>xA,_length:()=>Jn,_literal:()=>lA,_lowercase:()=>Rr,_lt:()=>Gt,_lte:()=>St,_mac:()=>_f,_map:()=>sA,_max:()=>St,_maxLength:()=>Wn,_maxSize:()=>_n,_mime:()=>Cr,_min:()=>Rt,_minLength:()=>an,_minSize:()=>Ht,_multipleOf:()=>kn,_nan:()=>Wf,_nanoid:()=>ia,_nativeEnum:()=>cA,_negative:()=>va,_never:()=>Vf,_nonnegative:()=>xa,_nonoptional:()=>hA,_nonpositive:()=>wa,_normalize:()=>Nr,_null:()=>jf,_nullable:()=>pA,_number:()=>Rf,_optional:()=>fA,_overwrite:()=>qt,_parse:()=>yr,_parseAsync:()=>vr,_pipe:()=>yA,_positive:()=>ya,_promise:()=>kA,_properties:()=>Or,_property:()=>ka,_readonly:()=>vA,_record:()=>oA,_refine:()=>Qf,_regex:()=>Sr,_safeDecode:()=>ds,_safeDecodeAsync:()=>ps,_safeEncode:()=>ls,_safeEncodeAsync:()=>fs,_safeParse:()=>wr,_safeParseAsync:()=>xr,_set:()=>aA,_size:()=>Hn,_slugify:()=>zr,_startsWith:()=>Er,_string:()=>xf,_stringFormat:()=>Xn,_stringbool:()=>rp,_success:()=>gA,_superRefine:()=>ep,_symbol:()=>qf,_templateLiteral:()=>wA,_toLowerCase:()=>Dr,_toUpperCase:()=>Mr,_transform:()=>dA,_trim:()=>Fr,_tuple:()=>iA,_uint32:()=>Cf,_uint64:()=>Lf,_ulid:()=>aa,_undefined:()=>Uf,_union:()=>eA,_unknown:()=>Zf,_uppercase:()=>Ir,_url:()=>Hi,_uuid:()=>Qs,_uuidv4:()=>ea,_uuidv6:()=>ta,_uuidv7:()=>na,_void:()=>Gf,_xid:()=>ua,_xor:()=>tA,base64Charset:()=>Ps,base64urlCharset:()=>Li,canParseURL:()=>td,clone:()=>Re,compile:()=>yf,compileFn:()=>Ws,config:()=>Le,createStandardJSONSchemaMethod:()=>Lr,createToJSONSchemaMethod:()=>op,decode:()=>a_,decodeAsync:()=>c_,describe:()=>tp,encode:()=>s_,encodeAsync:()=>u_,extractDefs:()=>An,finalize:()=>Sn,flattenError:()=>Ri,formatError:()=>Ii,getDiscriminatedOption:()=>qd,globalConfig:()=>Ke,globalRegistry:()=>Xe,handleUnrepresentable:()=>Ze,initializeContext:()=>$n,isBackEdge:()=>Zs,isRecursiveSchema:()=>Bs,isValidBase64:()=>zi,isValidBase64URL:()=>Es,isValidCIDRv6:()=>Is,isValidCreditCard:()=>Ts,isValidIBAN:()=>Os,isValidIPv6:()=>Mi,isValidJWT:()=>Cs,locales:()=>Ki,memoizer:()=>Gi,mergeValues:()=>_r,meta:()=>np,parse:()=>is,parseAsync:()=>os,parseURLObject:()=>h1,prettifyError:()=>Gc,process:()=>Pe,processSchema:()=>Pe,regexes:()=>Ct,registry:()=>Ks,safeDecode:()=>d_,safeDecodeAsync:()=>p_,safeEncode:()=>l_,safeEncodeAsync:()=>f_,safeParse:()=>t_,safeParseAsync:()=>n_,standardProps:()=>$s,stripTabAndNewline:()=>Di,toDotPath:()=>H0,toJSONSchema:()=>Sa,toZod:()=>bi,treeifyError:()=>Vc,urlHostnameOk:()=>Ss,urlProtocolOk:()=>Rs,util:()=>W,validate:()=>Pi,validateAsync:()=>Ei,validateURL:()=>As,version:()=>Wl,withParser:()=>Hs});var W={};Yt(W,{BIGINT_FORMAT_RANGES:()=>ki,CONSTANT_CATCH:()=>ns,Class:()=>Pc,NUMBER_FORMAT_RANGES:()=>xi,aborted:()=>st,allowsEval:()=>Oc,assert:()=>xk,assertEqual:()=>bk,assertIs:()=>vk,assertNever:()=>wk,assertNotEqual:()=>yk,assignProp:()=>Je,attachSchema:()=>_i,base64ToUint8Array:()=>j0,base64urlToUint8Array:()=>qk,cached:()=>mr,captureStackTrace:()=>Qo,cleanEnum:()=>Lk,cleanRegex:()=>on,clone:()=>Re,cloneDef:()=>$k,codePointLength:()=>Un,constantCatch:()=>zc,createTransparentProxy:()=>Ek,defineLazy:()=>Ec,defineLazyInternal:()=>be,derived:()=>Zk,esc:()=>ot,escapeRegex:()=>Ot,explicitlyAborted:()=>Fc,extend:()=>Ck,finalizeIssue:()=>gt,floatSafeRemainder:()=>yi,getElementAtPath:()=>Ak,getEnumValues:()=>fr,getLengthableOrigin:()=>Ai,getParsedType:()=>Pk,getSizableOrigin:()=>$i,hexToUint8Array:()=>jk,hide:()=>Si,installLazyProp:()=>Hk,isObject:()=>qn,isPlainObject:()=>Tt,issue:()=>br,joinValues:()=>Xo,jsonStringifyReplacer:()=>pr,members:()=>Mc,merge:()=>Fk,mergeDefs:()=>zt,normalizeParams:()=>U,nullish:()=>Yo,numKeys:()=>Ik,objectClone:()=>kk,omit:()=>Ok,optionalKeys:()=>Nc,own:()=>vn,parsedType:()=>Dc,partial:()=>Dk,pick:()=>Tk,prefixIssues:()=>ht,primitiveTypes:()=>Cc,promiseAllObject:()=>Sk,propertyKeyTypes:()=>wi,randomString:()=>Rk,rawShape:()=>hr,required:()=>Mk,safeExtend:()=>Nk,shallowClone:()=>vi,sizeCaps:()=>gr,slugify:()=>Tc,stringifyPrimitive:()=>es,toZod:()=>bi,uint8ArrayToBase64:()=>B0,uint8ArrayToBase64url:()=>Uk,uint8ArrayToHex:()=>Bk,unwrapMessage:()=>dr});function bk(e){return e}function yk(e){return e}function bi(){return e=>e}function vk(e){}function wk(e){throw new Error("Unexpected value in exhaustive check")}function xk(e){}function fr(e){let t=Object.values(e).filter(r=>typeof r=="number");return Object.entries(e).filter(([r,i])=>t.indexOf(+r)===-1).map(([r,i])=>i)}function Xo(e,t="|"){return e.map(n=>es(n)).join(t)}function pr(e,t){return typeof t=="bigint"?t.toString():t}var Ic=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function mr(e){return new Ic(e)}function Yo(e){return e==null}function on(e){let t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function yi(e,t){let n=e/t,r=Math.round(n),i=4*Number.EPSILON*Math.max(Math.abs(n),1);return Math.abs(n-r)<i?0:n-r}var z0=Symbol("evaluating");function Ec(e,t,n){let r;Object.defineProperty(e,t,{get(){if(r!==z0)return r===void 0&&(r=z0,r=n()),r},set(i){Object.defineProperty(e,t,{value:i})},configurable:!0})}function kk(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function Je(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}function hr(e){let t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function rn(e){return hr(e._zod.def)??e._zod.def.shape}function L0(e,t,n){Object.defineProperty(e,t,{get(){let r=n();return Je(this,t,r),r},enumerable:!0,configurable:!0})}function q0(e,t,n){t in e?Je(e,t,n):e[t]=n}function Ln(e,t,n,r){let i=rn(t);for(let o of n){let s=Object.getOwnPropertyDescriptor(i,o);s.enumerable&&(s.get?L0(e,o,()=>{let a=t._zod.def.shape[o];return r?r(a,o):a}):q0(e,o,r?r(s.value,o):s.value))}}function _k(e,t){for(let n of Reflect.ownKeys(t)){let r=Object.getOwnPropertyDescriptor(t,n);r.enumerable&&(r.get?L0(e,n,()=>t[n]):q0(e,n,r.value))}}function zt(...e){let t={};for(let n of e){let r=Object.getOwnPropertyDescriptors(n);Object.assign(t,r)}return Object.defineProperties({},t)}function $k(e){return zt(e._zod.def)}function Ak(e,t){return t?t.reduce((n,r)=>n?.[r],e):e}function Sk(e){let t=Object.keys(e),n=t.map(r=>e[r]);return Promise.all(n).then(r=>{let i={};for(let o=0;o<t.length;o++)i[t[o]]=r[o];return i})}function Rk(e=10){let t="abcdefghijklmnopqrstuvwxyz",n="";for(let r=0;r<e;r++)n+=t[Math.floor(Math.random()*t.length)];return n}function ot(e){return JSON.stringify(e)}function Tc(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}var Qo="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function qn(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var Oc=mr(()=>{if(Ke.jitless||typeof navigator<"u"&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{let e=Function;return new e(""),!0}catch{return!1}});function Tt(e){if(qn(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let n=t.prototype;return!(qn(n)===!1||Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")===!1)}function vi(e){return Tt(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}function Ik(e){let t=0;for(let n in e)Object.prototype.hasOwnProperty.call(e,n)&&t++;return t}var Pk=e=>{let t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":return Array.isArray(e)?"array":e===null?"null":e.then&&typeof e.then=="function"&&e.catch&&typeof e.catch=="function"?"promise":typeof Map<"u"&&e instanceof Map?"map":typeof Set<"u"&&e instanceof Set?"set":typeof Date<"u"&&e instanceof Date?"date":typeof File<"u"&&e instanceof File?"file":"object";default:throw new Error(`Unknown data type: ${t}`)}},wi=new Set(["string","number","symbol"]),Cc=new Set(["string","number","bigint","boolean","symbol","undefined"]);function Ot(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function Re(e,t,n){let r=new e._zod.constr(t??e._zod.def);return(!t||n?.parent)&&(r._zod.parent=e),r}function U(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function Ek(e){let t;return new Proxy({},{get(n,r,i){return t??(t=e()),Reflect.get(t,r,i)},set(n,r,i,o){return t??(t=e()),Reflect.set(t,r,i,o)},has(n,r){return t??(t=e()),Reflect.has(t,r)},deleteProperty(n,r){return t??(t=e()),Reflect.deleteProperty(t,r)},ownKeys(n){return t??(t=e()),Reflect.ownKeys(t)},getOwnPropertyDescriptor(n,r){return t??(t=e()),Reflect.getOwnPropertyDescriptor(t,r)},defineProperty(n,r,i){return t??(t=e()),Reflect.defineProperty(t,r,i)}})}function es(e){return typeof e=="bigint"?e.toString()+"n":typeof e=="string"?`"${e}"`:`${e}`}function Nc(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var xi={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},ki={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function Tk(e,t){let n=e._zod.def,r=n.checks;if(r&&r.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");let o={};return Ln(o,e,ts(e,t)),Re(e,zt(n,{shape:o,checks:[]}))}function ts(e,t){let n=rn(e),r=[];for(let i of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,i)?.enumerable)throw new Error(`Unrecognized key: "${String(i)}"`);t[i]&&r.push(i)}return r}function Ok(e,t){let n=e._zod.def,r=n.checks;if(r&&r.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");let o=new Set(ts(e,t)),s={};return Ln(s,e,Reflect.ownKeys(rn(e)).filter(a=>!o.has(a))),Re(e,zt(n,{shape:s,checks:[]}))}function Ck(e,t){if(!Tt(t))throw new Error("Invalid input to extend: expected a plain object");let n=e._zod.def.checks;if(n&&n.length>0){let i=rn(e);for(let o of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(i,o)!==void 0)throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return Re(e,zt(e._zod.def,{shape:U0(e,t)}))}function U0(e,t){let n={};return Ln(n,e,Reflect.ownKeys(rn(e))),_k(n,t),n}function Nk(e,t){if(!Tt(t))throw new Error("Invalid input to safeExtend: expected a plain object");return Re(e,zt(e._zod.def,{shape:U0(e,t)}))}function Fk(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");let n={};Ln(n,e,Reflect.ownKeys(rn(e))),Ln(n,t,Reflect.ownKeys(rn(t)));let r=zt(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return Re(e,r)}function Dk(e,t,n,r="partial"){let o=t._zod.def.checks;if(o&&o.length>0)throw new Error(`.${r}() cannot be used on object schemas containing refinements`);let a=n?new Set(ts(t,n)):void 0,c={};return Ln(c,t,Reflect.ownKeys(rn(t)),e&&((u,l)=>a&&!a.has(l)?u:new e({type:"optional",innerType:u}))),Re(t,zt(t._zod.def,{shape:c,checks:[]}))}function Mk(e,t,n){let r=n?new Set(ts(t,n)):void 0,i={};return Ln(i,t,Reflect.ownKeys(rn(t)),(o,s)=>r&&!r.has(s)?o:new e({type:"nonoptional",innerType:o})),Re(t,zt(t._zod.def,{shape:i}))}function st(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue!==!0)return!0;return!1}function Fc(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue===!1)return!0;return!1}function ht(e,t){return t.map(n=>{var r;return(r=n).path??(r.path=[]),n.path.unshift(e),n})}function dr(e){return typeof e=="string"?e:e?.message}function gr(e){let t=[];for(let n of e??[]){let r=n._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let i=r.maximum??r.length??r.size;i>=0&&t.push([i,n])}return t}function _i(e,t,n){var r;for(let i=t;i<e.length;i++)(r=e[i]).schema??(r.schema=n)}function gt(e,t,n){var r;let i=e.inst?._zod?.traits;i?.has("$ZodType")&&(i.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);let o=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,s=e.message?e.message:dr(e.inst?._zod.def?.error?.(e))??dr(o?.(e))??dr(t?.error?.(e))??dr(n.customError?.(e))??dr(n.localeError?.(e))??"Invalid input",a={};for(let c of Object.keys(e))c==="inst"||c==="schema"||c==="continue"||c==="input"||c==="__proto__"||(a[c]=e[c]);return a.path??(a.path=[]),a.message=s,t?.reportInput&&(a.input=e.input),a}function $i(e){return e instanceof Set?"set":e instanceof Map?"map":e instanceof File?"file":"unknown"}var zk=/[\uD800-\uDBFF]/;function Un(e){let t=e.length;if(!zk.test(e))return t;let n=t;for(let r=0;r<t-1;r++)(e.charCodeAt(r)&64512)===55296&&(e.charCodeAt(r+1)&64512)===56320&&(n--,r++);return n}function Ai(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function Dc(e){let t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(e===null)return"null";if(Array.isArray(e))return"array";let n=e;if(n&&Object.getPrototypeOf(n)!==Object.prototype&&"constructor"in n&&n.constructor)return n.constructor.name}}return t}function br(...e){let[t,n,r]=e;return typeof t=="string"?{message:t,code:"custom",input:n,inst:r}:{...t}}function Lk(e){return Object.entries(e).filter(([t,n])=>Number.isNaN(Number.parseInt(t,10))).map(t=>t[1])}function j0(e){let t=atob(e),n=new Uint8Array(t.length);for(let r=0;r<t.length;r++)n[r]=t.charCodeAt(r);return n}function B0(e){let t="";for(let n=0;n<e.length;n++)t+=String.fromCharCode(e[n]);return btoa(t)}function qk(e){let t=e.replace(/-/g,"+").replace(/_/g,"/"),n="=".repeat((4-t.length%4)%4);return j0(t+n)}function Uk(e){return B0(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function jk(e){let t=e.replace(/^0x/,"");if(t.length%2!==0)throw new Error("Invalid hex string length");let n=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=2)n[r/2]=Number.parseInt(t.slice(r,r+2),16);return n}function Bk(e){return Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")}var Pc=class{constructor(...t){}};function Mc(e,t){for(let n in t){let r=Object.getOwnPropertyDescriptor(t,n);r.get?Object.defineProperty(e,n,{...r,enumerable:!1}):Vk(e,n,r.value)}}function vn(e,t,n,r=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function Si(e,t,n){return vn(e,t,n,!1)}function Zk(e,t){for(let n in e){let r=e[n];Object.defineProperty(t,n,{configurable:!0,enumerable:!0,get(){return vn(this,n,r(this))},set(i){vn(this,n,i)}})}return t}function Vk(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?n:vn(this,t,n.bind(this))},set(r){vn(this,t,r)}})}function Gk(e,t){let n=Object.getPrototypeOf(e);return t in n?void 0:n}var Rc,yn=!1,Kk={configurable:!0,get(){yn=!0}};function be(e,t,n){let r=Object.getPrototypeOf(e._zod);if(t in r&&Rc!==e._zod){Rc=void 0;return}Rc=e._zod,Object.defineProperty(r,t,{configurable:!0,get(){Object.defineProperty(this,t,Kk);let i=yn;yn=!1;try{let o=n(this);return yn?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:o}),yn=yn||i,o}catch(o){throw delete this[t],yn=yn||i,o}},set(i){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i})}})}function Hk(e,t,n,r){let i=Gk(e,t);i&&Object.defineProperty(i,t,{configurable:!0,get(){let o={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,t,o),o.value=n(this),Object.defineProperty(this,t,o),o.value},set(o){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:r,value:o})}})}var ns="~constantCatch";function zc(e){let t=()=>e;return t[ns]=!0,t}var Z0,qc=Object.freeze({status:"aborted"}),Lc={value:void 0,enumerable:!1},V0="captureStackTrace"in Error?Error:null;function Wk(e){let t=V0;if(t){let n=t.stackTraceLimit;if(typeof n=="number"){try{t.stackTraceLimit=0}catch{return V0=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}function x(e,t,n,r){let i={};function o(p){this.def=p,this.constr=f,this.traits=new Set}o.prototype=i;let s=n,a=s&&new WeakSet;function c(p,m){if(p._zod){if(p._zod.traits.has(e))return}else{Lc.value=new o(m);try{Object.defineProperty(p,"_zod",Lc)}finally{Lc.value=void 0}}if(p._zod.traits.add(e),t(p,m),a){let g=Object.getPrototypeOf(p),w=p._zod.constr.prototype,v=g;for(;v&&v!==w;)v=Object.getPrototypeOf(v);let y=v??g;a.has(y)||(a.add(y),Mc(y,s))}let b=f.prototype;for(let g in b)Object.prototype.hasOwnProperty.call(b,g)&&(g in p||(p[g]=b[g].bind(p)))}let u=r?.Parent??Object;class l extends u{}Object.defineProperty(l,"name",{value:e});function f(p){let m=r?.Parent?Wk(l):this;c(m,p);let b=m._zod.deferred;if(b){for(let w of b)w();m._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(m),m}return Object.defineProperty(f,"init",{value:c}),Object.defineProperty(f,Symbol.hasInstance,{value:p=>r?.Parent&&p instanceof r.Parent?!0:p?._zod?.traits?.has(e)}),Object.defineProperty(f,"name",{value:e}),f}var Uc=Symbol("zod_brand"),bt=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}},wn=class extends Error{constructor(t){super(`Encountered unidirectional transform during encode: ${t}`),this.name="ZodEncodeError"}};(Z0=globalThis).__zod_globalConfig??(Z0.__zod_globalConfig={});var Ke=globalThis.__zod_globalConfig;function Le(e){return e&&Object.assign(Ke,e),Ke}function Jk(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,pr,2)),e.message}function Xk(e){this._zod.message=e}var Yk={get:Jk,set:Xk,enumerable:!0,configurable:!0},Bc={value:void 0,enumerable:!1},G0=new WeakSet([Object.prototype,Error.prototype]),K0=(e,t)=>{e.name="$ZodError",Bc.value=t,Object.defineProperty(e,"issues",Bc),Bc.value=void 0,Object.defineProperty(e,"message",Yk);let n=Object.getPrototypeOf(e);G0.has(n)||(G0.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},Zc=x("$ZodError",K0),yt=x("$ZodError",K0,void 0,{Parent:Error});function Qk(e,t,n){return Object.prototype.hasOwnProperty.call(e,t)||(t==="__proto__"?Object.defineProperty(e,t,{value:n(),writable:!0,enumerable:!0,configurable:!0}):e[t]=n()),e[t]}function Ri(e,t=n=>n.message){let n={},r=[];for(let i of e.issues)i.path.length>0?Qk(n,i.path[0],()=>[]).push(t(i)):r.push(t(i));return{formErrors:r,fieldErrors:n}}function Ii(e,t=n=>n.message){let n={_errors:[]},r=(i,o=[])=>{for(let s of i.issues)if(s.code==="invalid_union"&&s.errors.length)s.errors.map(a=>r({issues:a},[...o,...s.path]));else if(s.code==="invalid_key")r({issues:s.issues},[...o,...s.path]);else if(s.code==="invalid_element")r({issues:s.issues},[...o,...s.path]);else{let a=[...o,...s.path];if(a.length===0)n._errors.push(t(s));else{let c=n,u=0;for(;u<a.length;){let l=a[u],f=u===a.length-1;if(l==="_errors"){f&&c._errors.push(t(s)),u++;continue}Object.prototype.hasOwnProperty.call(c,l)||Object.defineProperty(c,l,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let p=c[l];f&&p._errors.push(t(s)),c=p,u++}}}};return r(e),n}function Vc(e,t=n=>n.message){let n={errors:[]},r=(i,o=[])=>{var s;for(let a of i.issues)if(a.code==="invalid_union"&&a.errors.length)a.errors.map(c=>r({issues:c},[...o,...a.path]));else if(a.code==="invalid_key")r({issues:a.issues},[...o,...a.path]);else if(a.code==="invalid_element")r({issues:a.issues},[...o,...a.path]);else{let c=[...o,...a.path];if(c.length===0){n.errors.push(t(a));continue}let u=n,l=0;for(;l<c.length;){let f=c[l],p=l===c.length-1;typeof f=="string"?(u.properties??(u.properties={}),Object.prototype.hasOwnProperty.call(u.properties,f)||Object.defineProperty(u.properties,f,{value:{errors:[]},enumerable:!0,writable:!0,configurable:!0}),u=u.properties[f]):(u.items??(u.items=[]),(s=u.items)[f]??(s[f]={errors:[]}),u=u.items[f]),p&&u.errors.push(t(a)),l++}}};return r(e),n}function H0(e){let t=[],n=e.map(r=>typeof r=="object"?r.key:r);for(let r of n)typeof r=="number"?t.push(`[${r}]`):typeof r=="symbol"?t.push(`[${JSON.stringify(String(r))}]`):/[^\w$]/.test(r)?t.push(`[${JSON.stringify(r)}]`):(t.length&&t.push("."),t.push(r));return t.join("")}function Gc(e){let t=[],n=[...e.issues].sort((r,i)=>(r.path??[]).length-(i.path??[]).length);for(let r of n)t.push(`\u2716 ${r.message}`),r.path?.length&&t.push(`  \u2192 at ${H0(r.path)}`);return t.join(`
`)}function rs(e,t){return{callee:t?.callee??e,Err:t?.Err}}var yr=e=>{let t=(n,r,i,o)=>{let s=i?{...i,async:!1}:{async:!1},a=n._zod.run({value:r,issues:[]},s);if(a instanceof Promise)throw new bt;if(a.issues.length){let c=new(o?.Err??e)(a.issues.map(u=>gt(u,s,Le())));throw Qo(c,o?.callee??t),c}return a.value};return t},is=yr(yt),vr=e=>{let t=async(n,r,i,o)=>{let s=i?{...i,async:!0}:{async:!0},a=n._zod.run({value:r,issues:[]},s);if(a instanceof Promise&&(a=await a),a.issues.length){let c=new(o?.Err??e)(a.issues.map(u=>gt(u,s,Le())));throw Qo(c,o?.callee??t),c}return a.value};return t},os=vr(yt),wr=e=>(t,n,r)=>{let i=r?{...r,async:!1}:{async:!1},o=t._zod.run({value:n,issues:[]},i);if(o instanceof Promise)throw new bt;return o.issues.length?W0(e,o.issues,i):{success:!0,data:o.value}},t_=wr(yt);function W0(e,t,n){let r;return{success:!1,get error(){return r||(r=new e(t.map(i=>gt(i,n,Le()))),t=void 0,n=void 0),r},set error(i){r=i,t=void 0,n=void 0}}}var xr=e=>async(t,n,r)=>{let i=r?{...r,async:!0}:{async:!0},o=t._zod.run({value:n,issues:[]},i);return o instanceof Promise&&(o=await o),o.issues.length?W0(e,o.issues,i):{success:!0,data:o.value}},n_=xr(yt),r_=Symbol.for("zod.compile.invalid"),i_=Symbol.for("zod.compile.fallback"),Pi=((e,t,n)=>{let r=e._zod.bag.validator;if(r!==void 0){if(r(t)!==r_)return!0;if(r.definite===!0&&n===void 0)return!1}return o_(e,t,n)});function o_(e,t,n){let r=n?{...n,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun,o;if(i?(r[i_]=!0,o=i({value:t,issues:[]},r)):o=e._zod.run({value:t,issues:[]},r),o instanceof Promise)throw new bt;return o.issues.length===0}var Ei=async(e,t,n)=>{let r=n?{...n,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},i=e._zod.run({value:t,issues:[]},r);return i instanceof Promise&&(i=await i),i.issues.length===0},ss=e=>{let t=yr(e),n=(r,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return t(r,i,a,rs(n,s))};return n},s_=ss(yt),as=e=>{let t=yr(e),n=(r,i,o,s)=>t(r,i,o,rs(n,s));return n},a_=as(yt),us=e=>{let t=vr(e),n=async(r,i,o,s)=>{let a=o?{...o,direction:"backward"}:{direction:"backward"};return await t(r,i,a,rs(n,s))};return n},u_=us(yt),cs=e=>{let t=vr(e),n=async(r,i,o,s)=>await t(r,i,o,rs(n,s));return n},c_=cs(yt),ls=e=>(t,n,r)=>{let i=r?{...r,direction:"backward"}:{direction:"backward"};return wr(e)(t,n,i)},l_=ls(yt),ds=e=>(t,n,r)=>wr(e)(t,n,r),d_=ds(yt),fs=e=>async(t,n,r)=>{let i=r?{...r,direction:"backward"}:{direction:"backward"};return xr(e)(t,n,i)},f_=fs(yt),ps=e=>async(t,n,r)=>xr(e)(t,n,r),p_=ps(yt);var Ct={};Yt(Ct,{anyString:()=>vl,base64:()=>ll,base64url:()=>dl,bigint:()=>xl,boolean:()=>kl,browserEmail:()=>x_,cidrv4:()=>ul,cidrv6:()=>cl,creditCard:()=>ms,cuid:()=>Hc,cuid2:()=>Wc,currencyCode:()=>hl,date:()=>gl,datetime:()=>yl,domain:()=>pl,duration:()=>tl,e164:()=>ml,email:()=>rl,emoji:()=>il,extendedDuration:()=>m_,guid:()=>nl,hex:()=>Rl,hostname:()=>fl,html5Email:()=>y_,httpProtocol:()=>Ti,iban:()=>hs,idnEmail:()=>w_,integer:()=>Oi,ipv4:()=>ol,ipv6:()=>sl,ksuid:()=>Yc,lowercase:()=>Al,mac:()=>al,md5_base64:()=>A_,md5_base64url:()=>S_,md5_hex:()=>$_,nanoid:()=>Qc,nanoidOfLength:()=>el,null:()=>_l,number:()=>sn,rfc5322Email:()=>v_,sha1_base64:()=>I_,sha1_base64url:()=>P_,sha1_hex:()=>R_,sha256_base64:()=>T_,sha256_base64url:()=>O_,sha256_hex:()=>E_,sha384_base64:()=>N_,sha384_base64url:()=>F_,sha384_hex:()=>C_,sha512_base64:()=>M_,sha512_base64url:()=>z_,sha512_hex:()=>D_,string:()=>wl,time:()=>bl,ulid:()=>Jc,undefined:()=>$l,unicodeEmail:()=>J0,uppercase:()=>Sl,uuid:()=>jn,uuid4:()=>h_,uuid6:()=>g_,uuid7:()=>b_,xid:()=>Xc});var Hc=/^[cC][0-9a-z]{6,}$/,Wc=/^[0-9a-z]+$/,Jc=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,Xc=/^[0-9a-vA-V]{20}$/,Yc=/^[A-Za-z0-9]{27}$/,Qc=/^[a-zA-Z0-9_-]{21}$/;function el(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var tl=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,m_=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,nl=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,jn=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,h_=jn(4),g_=jn(6),b_=jn(7),rl=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,y_=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,v_=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,J0=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u,w_=J0,x_=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,k_="^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";function il(){return new RegExp(k_,"u")}var ol=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,sl=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,al=e=>{let t=Ot(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)},ul=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,cl=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,ll=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,dl=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,fl=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,pl=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,Ti=/^https?$/,ml=/^\+[1-9]\d{6,14}$/,ms=/^\d(?:[ -]?\d){11,18}$/,hl=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,hs=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,X0="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function __(e){return new RegExp(`^${e}$`)}var gl=__(X0);function Kc(e){let t="(?:[01]\\d|2[0-3]):[0-5]\\d";return typeof e.precision=="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function bl(e){return new RegExp(`^${Kc(e)}$`)}function yl(e){let t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");let n=`${Kc({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,r=e.local?`${n}|${Kc({precision:e.precision})}`:n;return new RegExp(`^${X0}T(?:${r})$`)}var vl=/^[\s\S]{0,}$/,wl=e=>{let t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:"[\\s\\S]*";return new RegExp(`^${t}$`)},xl=/^-?\d+n?$/,Oi=/^-?\d+$/,sn=/^-?\d+(?:\.\d+)?$/,kl=/^(?:true|false)$/i,_l=/^null$/i;var $l=/^undefined$/i;var Al=/^[^A-Z]*$/,Sl=/^[^a-z]*$/,Rl=/^[0-9a-fA-F]*$/;function Ci(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function Ni(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}var $_=/^[0-9a-fA-F]{32}$/,A_=Ci(22,"=="),S_=Ni(22),R_=/^[0-9a-fA-F]{40}$/,I_=Ci(27,"="),P_=Ni(27),E_=/^[0-9a-fA-F]{64}$/,T_=Ci(43,"="),O_=Ni(43),C_=/^[0-9a-fA-F]{96}$/,N_=Ci(64,""),F_=Ni(64),D_=/^[0-9a-fA-F]{128}$/,M_=Ci(86,"=="),z_=Ni(86);var Te=x("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),Il=e=>{let t=e.value;return!Yo(t)&&t.size!==void 0},Pl=e=>{let t=e.value;return!Yo(t)&&t.length!==void 0},gs={number:"number",bigint:"bigint",object:"date"},ys=x("$ZodCheckLessThan",(e,t)=>{Te.init(e,t);let n=gs[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value<=t.value:r.value<t.value)||r.issues.push({origin:gs[typeof r.value]??n,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),vs=x("$ZodCheckGreaterThan",(e,t)=>{Te.init(e,t);let n=gs[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value>=t.value:r.value>t.value)||r.issues.push({origin:gs[typeof r.value]??n,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),El=x("$ZodCheckMultipleOf",(e,t)=>{Te.init(e,t),e._zod.check=n=>{if(typeof n.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");(typeof n.value=="bigint"?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):yi(n.value,t.value)===0)||n.issues.push({origin:typeof n.value,code:"not_multiple_of",divisor:t.value,input:n.value,inst:e,continue:!t.abort})}}),Tl=x("$ZodCheckNumberFormat",(e,t)=>{Te.init(e,t),t.format=t.format||"float64";let n=t.format?.includes("int"),r=n?"int":"number",[i,o]=xi[t.format];e._zod.check=s=>{let a=s.value;if(n){if(!Number.isInteger(a)){s.issues.push({expected:r,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}):s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort});return}}a<i&&s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:!0,inst:e,continue:!t.abort}),a>o&&s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:!0,inst:e,continue:!t.abort})}}),Ol=x("$ZodCheckBigIntFormat",(e,t)=>{Te.init(e,t);let[n,r]=ki[t.format];e._zod.check=i=>{let o=i.value;o<n&&i.issues.push({origin:"bigint",input:o,code:"too_small",minimum:n,inclusive:!0,inst:e,continue:!t.abort}),o>r&&i.issues.push({origin:"bigint",input:o,code:"too_big",maximum:r,inclusive:!0,inst:e,continue:!t.abort})}}),Cl=x("$ZodCheckMaxSize",(e,t)=>{var n;Te.init(e,t),(n=e._zod.def).when??(n.when=Il),e._zod.check=r=>{let i=r.value;i.size<=t.maximum||r.issues.push({origin:$i(i),code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Nl=x("$ZodCheckMinSize",(e,t)=>{var n;Te.init(e,t),(n=e._zod.def).when??(n.when=Il),e._zod.check=r=>{let i=r.value;i.size>=t.minimum||r.issues.push({origin:$i(i),code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Fl=x("$ZodCheckSizeEquals",(e,t)=>{var n;Te.init(e,t),(n=e._zod.def).when??(n.when=Il),e._zod.check=r=>{let i=r.value,o=i.size;if(o===t.size)return;let s=o>t.size;r.issues.push({origin:$i(i),...s?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:!0,exact:!0,input:r.value,inst:e,continue:!t.abort})}}),Dl=x("$ZodCheckMaxLength",(e,t)=>{var n;Te.init(e,t),(n=e._zod.def).when??(n.when=Pl),e._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>t.maximum?Un(i):o)<=t.maximum)return;let a=Ai(i);r.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Ml=x("$ZodCheckMinLength",(e,t)=>{var n;Te.init(e,t),(n=e._zod.def).when??(n.when=Pl),e._zod.check=r=>{let i=r.value,o=i.length;if((typeof i=="string"&&o>=t.minimum&&o<t.minimum*2?Un(i):o)>=t.minimum)return;let a=Ai(i);r.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),zl=x("$ZodCheckLengthEquals",(e,t)=>{var n;Te.init(e,t),(n=e._zod.def).when??(n.when=Pl),e._zod.check=r=>{let i=r.value,o=i.length,s=typeof i=="string"&&o>=t.length&&o<=t.length*2?Un(i):o;if(s===t.length)return;let a=Ai(i),c=s>t.length;r.issues.push({origin:a,...c?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:r.value,inst:e,continue:!t.abort})}}),kr=x("$ZodCheckStringFormat",(e,t)=>{var n,r;Te.init(e,t),t.pattern?(n=e._zod).check??(n.check=i=>{t.pattern.lastIndex=0,!t.pattern.test(i.value)&&i.issues.push({origin:"string",code:"invalid_format",format:t.format,input:i.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(r=e._zod).check??(r.check=()=>{})}),Ll=x("$ZodCheckRegex",(e,t)=>{kr.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,!t.pattern.test(n.value)&&n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),ql=x("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=Al),kr.init(e,t)}),Ul=x("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=Sl),kr.init(e,t)}),jl=x("$ZodCheckIncludes",(e,t)=>{Te.init(e,t);let n=Ot(t.includes),r=new RegExp(typeof t.position=="number"?`^.{${t.position},}${n}`:n);t.pattern=r,e._zod.check=i=>{i.value.includes(t.includes,t.position)||i.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:i.value,inst:e,continue:!t.abort})}}),Bl=x("$ZodCheckStartsWith",(e,t)=>{Te.init(e,t);let n=new RegExp(`^${Ot(t.prefix)}.*`);t.pattern??(t.pattern=n),e._zod.check=r=>{r.value.startsWith(t.prefix)||r.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:r.value,inst:e,continue:!t.abort})}}),Zl=x("$ZodCheckEndsWith",(e,t)=>{Te.init(e,t);let n=new RegExp(`.*${Ot(t.suffix)}$`);t.pattern??(t.pattern=n),e._zod.check=r=>{r.value.endsWith(t.suffix)||r.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:r.value,inst:e,continue:!t.abort})}});function bs(e,t,n){e.issues.length&&t.issues.push(...ht(n,e.issues))}var Vl=x("$ZodCheckProperty",(e,t)=>{Te.init(e,t),e._zod.check=n=>{let r=t.schema._zod.run({value:n.value[t.property],issues:[]},{});if(r instanceof Promise)return r.then(i=>bs(i,n,t.property));bs(r,n,t.property)}}),Gl=x("$ZodCheckProperties",(e,t)=>{Te.init(e,t),Si(e,Symbol.iterator,function*(){yield e});let n;e._zod.check=r=>{if(r.value==null){r.issues.push({expected:"object",code:"invalid_type",input:r.value,inst:e});return}n??(n=Reflect.ownKeys(t.shape).map(s=>[s,t.shape[s]]));let i=r.value,o;for(let[s,a]of n){let c=a._zod.run({value:i[s],issues:[]},{});c instanceof Promise?(o??(o=[]),o.push(c.then(u=>bs(u,r,s)))):bs(c,r,s)}if(o)return Promise.all(o).then(()=>{})}}),Kl=x("$ZodCheckMimeType",(e,t)=>{Te.init(e,t);let n=new Set(t.mime);e._zod.check=r=>{n.has(r.value.type)||r.issues.push({code:"invalid_value",values:t.mime,input:r.value.type,inst:e,continue:!t.abort})}}),Hl=x("$ZodCheckOverwrite",(e,t)=>{Te.init(e,t),e._zod.check=n=>{n.value=t.tx(n.value)}});var Bn=class{constructor(t=[],n={}){this.content=[],this.indent=0,this.args=t,this.closed=n}indented(t){this.indent+=1;try{t(this)}finally{this.indent-=1}}write(t){if(typeof t=="function"){t(this,{execution:"sync"}),t(this,{execution:"async"});return}let r=t.split(`
`).filter(s=>s),i=Math.min(...r.map(s=>s.length-s.trimStart().length)),o=r.map(s=>s.slice(i)).map(s=>" ".repeat(this.indent*2)+s);for(let s of o)this.content.push(s)}compile(){let t=Function,n=this?.content??[""];return new t(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {
${n.join(`
`)}
};`)(...Object.values(this.closed))}};var Wl={major:4,minor:6,patch:7};var me=x("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Wl;let r=e._zod.def.checks,i=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(let o of i)for(let s of o._zod.onattach)s(e);if(i.length===0)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let o=(a,c,u)=>{if(a.memo)return a;let l=st(a),f;for(let p of c){if(p._zod.def.when){if(Fc(a)||!p._zod.def.when(a))continue}else if(l)continue;let m=a.issues.length,b=p._zod.check(a);if(b instanceof Promise&&u?.async===!1)throw new bt;if(f||b instanceof Promise)f=(f??Promise.resolve()).then(async()=>{await b,a.issues.length!==m&&(_i(a.issues,m,e),l||(l=st(a,m)))});else{if(a.issues.length===m)continue;_i(a.issues,m,e),l||(l=st(a,m))}}return f?f.then(()=>a):a},s=(a,c,u)=>{if(st(a))return a.aborted=!0,a;let l=o(c,i,u);if(l instanceof Promise){if(u.async===!1)throw new bt;return l.then(f=>e._zod.parse(f,u))}return e._zod.parse(l,u)};e._zod.run=(a,c)=>{if(c.skipChecks)return e._zod.parse(a,c);if(c.direction==="backward"){let l=e._zod.parse({value:a.value,issues:[]},{...c,skipChecks:!0});return l instanceof Promise?l.then(f=>s(f,a,c)):s(l,a,c)}let u=e._zod.parse(a,c);if(u instanceof Promise){if(c.async===!1)throw new bt;return u.then(l=>o(l,i,c))}return o(u,i,c)}}},{get"~standard"(){return Si(this,"~standard",$s(this))},set"~standard"(e){vn(this,"~standard",e)}}),m1=(e,t)=>e.issues.length?{issues:e.issues.map(n=>gt(n,t,Le()))}:{value:e.value};async function L_(e,t){let n={async:!0};return m1(await e._zod.run({value:t,issues:[]},n),n)}function $s(e){return{validate:t=>{let n={async:!1};try{let r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return m1(r,n)}catch{}return L_(e,t)},vendor:"zod",version:1}}var Zn=x("$ZodString",(e,t)=>{me.init(e,t),e._zod.pattern=t.pattern??vl,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch{}return typeof n.value=="string"||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}}),Ie=x("$ZodStringFormat",(e,t)=>{kr.init(e,t),Zn.init(e,t)}),Xl=x("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=nl),Ie.init(e,t)}),Yl=x("$ZodUUID",(e,t)=>{if(t.version){let r={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(r===void 0)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=jn(r))}else t.pattern??(t.pattern=jn());Ie.init(e,t)}),Ql=x("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=rl),Ie.init(e,t)}),ed=1,Fi=2;function td(e){try{return typeof URL<"u"&&typeof URL.canParse=="function"?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function As(e,t){return!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)?td(e)||Fi:h1(e,t)}function h1(e,t){if(!t.normalize&&t.protocol?.source===Ti.source&&!/^https?:\/\//i.test(e))return ed;try{if(typeof URL<"u"){let n=URL;if(typeof n.parse=="function")return n.parse(e)??Fi}return new URL(e)}catch{return Fi}}var q_=/[\t\n\r]/g;function Di(e){return e.replace(q_,"")}function Ss(e,t){return t.lastIndex=0,t.test(e.hostname)}function Rs(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}var nd=x("$ZodURL",(e,t)=>{Ie.init(e,t),e._zod.check=n=>{try{let r=n.value.trim(),i=As(r,t);if(i===ed){n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort});return}if(i===Fi){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort});return}if(i===!0){n.value=Di(r);return}t.hostname&&!Ss(i,t.hostname)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!Rs(i,t.protocol)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),n.value=t.normalize?i.href:Di(r);return}catch{n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}}),rd=x("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=il()),Ie.init(e,t)}),id=x("$ZodNanoID",(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===void 0?Qc:el(t.length)),Ie.init(e,t)}),od=x("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=Hc),Ie.init(e,t)}),sd=x("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=Wc),Ie.init(e,t)}),ad=x("$ZodULID",(e,t)=>{t.pattern??(t.pattern=Jc),Ie.init(e,t)}),ud=x("$ZodXID",(e,t)=>{t.pattern??(t.pattern=Xc),Ie.init(e,t)}),cd=x("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=Yc),Ie.init(e,t)}),ld=x("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=yl(t)),Ie.init(e,t)}),dd=x("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=gl),Ie.init(e,t)}),fd=x("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=bl(t)),Ie.init(e,t)}),pd=x("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=tl),Ie.init(e,t)}),md=x("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=ol),Ie.init(e,t)}),U_=/^[0-9a-fA-F:.]+$/;function Mi(e){return U_.test(e)?td(`http://[${e}]`):!1}var hd=x("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=sl),Ie.init(e,t),e._zod.check=n=>{Mi(n.value)||n.issues.push({code:"invalid_format",format:"ipv6",input:n.value,inst:e,continue:!t.abort})}}),gd=x("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=al(t.delimiter)),Ie.init(e,t)}),bd=x("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=ul),Ie.init(e,t)});function Is(e){let t=e.split("/");if(t.length!==2)return!1;let[n,r]=t;if(!r)return!1;let i=Number(r);return`${i}`!==r||i<0||i>128?!1:Mi(n)}var yd=x("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=cl),Ie.init(e,t),e._zod.check=n=>{Is(n.value)||n.issues.push({code:"invalid_format",format:"cidrv6",input:n.value,inst:e,continue:!t.abort})}});function zi(e){if(e==="")return!0;if(/\s/.test(e)||e.length%4!==0)return!1;try{return atob(e),!0}catch{return!1}}var Ps=/^[0-9a-zA-Z+/]*={0,2}$/,vd=x("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Ps),Ie.init(e,t),e._zod.check=n=>{zi(n.value)||n.issues.push({code:"invalid_format",format:"base64",input:n.value,inst:e,continue:!t.abort})}}),Li=/^[A-Za-z0-9_-]*$/;function Es(e){if(!Li.test(e))return!1;let t=e.replace(/[-_]/g,r=>r==="-"?"+":"/"),n=t.padEnd(Math.ceil(t.length/4)*4,"=");return zi(n)}var wd=x("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=Li),Ie.init(e,t),e._zod.check=n=>{Es(n.value)||n.issues.push({code:"invalid_format",format:"base64url",input:n.value,inst:e,continue:!t.abort})}}),xd=x("$ZodE164",(e,t)=>{t.pattern??(t.pattern=ml),Ie.init(e,t)}),j_=/[- ]/g;function B_(e){let t=e.length,n=1,r=0;for(;t;){let i=e.charCodeAt(--t)-48;n^=1,r+=n?[0,2,4,6,8,1,3,5,7,9][i]:i}return r%10===0}function Ts(e){return ms.test(e)?B_(e.replace(j_,"")):!1}var kd=x("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=ms),Ie.init(e,t),e._zod.check=n=>{Ts(n.value)||n.issues.push({code:"invalid_format",format:"credit_card",input:n.value,inst:e,continue:!t.abort})}});function Z_(e){let t=0,n=e.length;for(let r=4;r<n;r++){let i=e.charCodeAt(r);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}for(let r=0;r<4;r++){let i=e.charCodeAt(r);t=(i>=65?t*100+(i-55):t*10+(i-48))%97}return t===1}function Os(e){return hs.test(e)?Z_(e):!1}var _d=x("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=hs),Ie.init(e,t),e._zod.check=n=>{Os(n.value)||n.issues.push({code:"invalid_format",format:"iban",input:n.value,inst:e,continue:!t.abort})}});function Cs(e,t=null){try{let n=e.split(".");if(n.length!==3)return!1;let[r]=n;if(!r)return!1;let i=JSON.parse(atob(r));return!("typ"in i&&i?.typ!=="JWT"||!i.alg||t&&(!("alg"in i)||i.alg!==t))}catch{return!1}}var $d=x("$ZodJWT",(e,t)=>{Ie.init(e,t),e._zod.check=n=>{Cs(n.value,t.alg)||n.issues.push({code:"invalid_format",format:"jwt",input:n.value,inst:e,continue:!t.abort})}}),Ad=x("$ZodCustomStringFormat",(e,t)=>{Ie.init(e,t),e._zod.check=n=>{t.fn(n.value)||n.issues.push({code:"invalid_format",format:t.format,input:n.value,inst:e,continue:!t.abort})}}),Ns=x("$ZodNumber",(e,t)=>{me.init(e,t),e._zod.pattern=sn,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch{}let i=n.value;if(typeof i=="number"&&!Number.isNaN(i)&&Number.isFinite(i))return n;let o=typeof i=="number"?Number.isNaN(i)?"NaN":Number.isFinite(i)?void 0:String(i):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:i,inst:e,...o?{received:o}:{}}),n}}),Sd=x("$ZodNumberFormat",(e,t)=>{Tl.init(e,t),Ns.init(e,t)}),qi=x("$ZodBoolean",(e,t)=>{me.init(e,t),e._zod.pattern=kl,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=!!n.value}catch{}let i=n.value;return typeof i=="boolean"||n.issues.push({expected:"boolean",code:"invalid_type",input:i,inst:e}),n}}),Fs=x("$ZodBigInt",(e,t)=>{me.init(e,t),e._zod.pattern=xl,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=BigInt(n.value)}catch{}return typeof n.value=="bigint"||n.issues.push({expected:"bigint",code:"invalid_type",input:n.value,inst:e}),n}}),Rd=x("$ZodBigIntFormat",(e,t)=>{Ol.init(e,t),Fs.init(e,t)}),Id=x("$ZodSymbol",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>{let i=n.value;return typeof i=="symbol"||n.issues.push({expected:"symbol",code:"invalid_type",input:i,inst:e}),n}}),Pd=x("$ZodUndefined",(e,t)=>{me.init(e,t),e._zod.pattern=$l,e._zod.values=new Set([void 0]),e._zod.parse=(n,r)=>{let i=n.value;return typeof i>"u"||n.issues.push({expected:"undefined",code:"invalid_type",input:i,inst:e}),n}}),Ed=x("$ZodNull",(e,t)=>{me.init(e,t),e._zod.pattern=_l,e._zod.values=new Set([null]),e._zod.parse=(n,r)=>{let i=n.value;return i===null||n.issues.push({expected:"null",code:"invalid_type",input:i,inst:e}),n}}),Td=x("$ZodAny",(e,t)=>{me.init(e,t),e._zod.parse=n=>n}),Od=x("$ZodUnknown",(e,t)=>{me.init(e,t),e._zod.parse=n=>n}),Cd=x("$ZodNever",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>(n.issues.push({expected:"never",code:"invalid_type",input:n.value,inst:e}),n)}),Nd=x("$ZodVoid",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>{let i=n.value;return typeof i>"u"||n.issues.push({expected:"void",code:"invalid_type",input:i,inst:e}),n}}),Fd=x("$ZodDate",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=new Date(n.value)}catch{}let i=n.value,o=i instanceof Date;return o&&!Number.isNaN(i.getTime())||n.issues.push({expected:"date",code:"invalid_type",input:i,...o?{received:"Invalid Date"}:{},inst:e}),n}});function Dd(e,t){let n=gr(e._zod.def.checks);if(!n.length)return;let r=Math.min(...n.map(o=>o[0])),i=e._zod.parse;e._zod.parse=(o,s)=>{let a=t(o.value);if(a>r&&!s?.skipChecks&&s?.direction!=="backward"){for(let[c,u]of gr(e._zod.def.checks))if(a>c&&u._zod.def.when(o)){let l=o.issues.length;return u._zod.check(o),o.issues[l].continue=!1,_i(o.issues,l,e),o}}return i(o,s)}}var V_=e=>Array.isArray(e)?e.length:-1,G_=e=>e instanceof Map?e.size:-1,K_=e=>e instanceof Set?e.size:-1;function Q0(e,t,n){e.issues.length&&t.issues.push(...ht(n,e.issues)),t.value[n]=e.value}var Md=x("$ZodArray",(e,t)=>{me.init(e,t);let n=Ke.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Array.isArray(o))return r.issues.push({expected:"array",code:"invalid_type",input:o,inst:e}),r;r.value=n?n.alloc(e,r,Array(o.length),i):Array(o.length);let s=[],a=i?.abortEarly;for(let c=0;c<o.length;c++){let u=o[c],l=t.element._zod.run({value:u,issues:[]},i);if(l instanceof Promise)s.push(l.then(f=>Q0(f,r,c)));else if(Q0(l,r,c),a&&l.issues.length!==0&&st(l))break}return s.length?Promise.all(s).then(()=>r):r},Dd(e,V_)});function _s(e,t,n,r,i,o){let s=n in r,a=o==="optional";if(!(!s&&a&&i==="optional")){if(e.issues.length){if(i!==void 0&&a&&!s)return;t.issues.push(...ht(n,e.issues))}if(!s&&i===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]});return}e.value===void 0?(s||i==="defaulted"&&!a)&&(t.value[n]=void 0):t.value[n]=e.value}}var H_=[];function g1(e){let t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),r=n.length?n:H_,i=r.length?[...t,...r]:t;for(let s of i)if(!e.shape?.[s]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(s)}": expected a Zod schema`);let o=Nc(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function b1(e,t,n,r,i,o,s){let a=[],c=i.keySet,u=i.catchall._zod,l=u.def.type,f=u.optin,p=u.optout,m=0;for(let b in t){if(s&&n.issues.length!==m){if(st(n,m))break;m=n.issues.length}if(c.has(b))continue;if(b==="__proto__"){l==="never"&&a.push(b);continue}if(l==="never"){a.push(b);continue}let g=u.run({value:t[b],issues:[]},r);g instanceof Promise?e.push(g.then(w=>_s(w,n,b,t,f,p))):_s(g,n,b,t,f,p)}return a.length&&n.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:o,continue:!0}),e.length?Promise.all(e).then(()=>n):n}var y1=x("$ZodObject",(e,t)=>{me.init(e,t);let n=Object.getOwnPropertyDescriptor(t,"shape"),r=n?.get?n.get.raw:t.shape??{};if(r){let u=()=>{let l={...r};return Object.defineProperty(t,"shape",{value:l}),u.raw=l,l};u.raw=r,Object.defineProperty(t,"shape",{get:u})}let i=mr(()=>g1(t));be(e,"propValues",u=>{let l=u.def.shape,f={};for(let p in l){let m=l[p]._zod;if(m.values){Object.prototype.hasOwnProperty.call(f,p)||Je(f,p,new Set);for(let b of m.values)f[p].add(b);m.optin!==void 0&&f[p].add(void 0)}}return f});let o=qn,s=t.catchall,a,c=Ke.memoizer;c?.attach(e),e._zod.parse=(u,l)=>{a??(a=i.value);let f=u.value;if(!o(f))return u.issues.push({expected:"object",code:"invalid_type",input:f,inst:e}),u;u.value=c?c.alloc(e,u,{},l):{};let p=[],m=a.shape,b=l?.abortEarly,g=u.issues.length;for(let w of a.allKeys){if(b&&u.issues.length!==g){if(st(u,g))break;g=u.issues.length}if(w==="__proto__")continue;let v=m[w],y=v._zod.optin,_=v._zod.optout,E=v._zod.run({value:f[w],issues:[]},l);E instanceof Promise?p.push(E.then(G=>_s(G,u,w,f,y,_))):_s(E,u,w,f,y,_)}return s?b1(p,f,u,l,i.value,e,b===!0):p.length?Promise.all(p).then(()=>u):u}}),zd=x("$ZodObjectJIT",(e,t)=>{y1.init(e,t);let n=e._zod.parse,r=mr(()=>g1(t)),i=Ke.memoizer,o=m=>{let b=r.value,g=b.symbolKeys,w=new Bn(["payload","ctx"],{shape:m,inst:e,memo:i,syms:g}),v=G=>`shape[${G}]._zod.run({ value: input[${G}], issues: [] }, ctx)`,y=(G,j)=>`
          let ${G}_ab = false;
          for (let i = 0; i < ${G}.issues.length; i++) {
            const iss = ${G}.issues[i];
            iss.path = iss.path ? [${j}, ...iss.path] : [${j}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${G}_ab = true;
          }
          if (${G}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;w.write("const input = payload.value;");let _=Object.create(null),E=0;for(let G of b.allKeys)_[G]=`key_${E++}`;w.write(i?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(let G of b.allKeys){if(G==="__proto__")continue;let j=_[G],X=typeof G=="symbol"?`syms[${g.indexOf(G)}]`:ot(G),H=`${X} in input`,Y=m[G],A=Y?._zod?.optin,ee=A!==void 0,ye=Y?._zod?.optout==="optional";if(w.write(`const ${j} = ${v(X)};`),ee&&ye){let le=A==="optional"?`${j}_present`:`${j}.value !== undefined || ${j}_present`;w.write(`
        const ${j}_present = ${H};
        if (!${j}.issues.length || ${j}_present) {
          if (${j}.issues.length) {${y(j,X)}
          }

          if (${le}) {
            newResult[${X}] = ${j}.value;
          }
        }

      `)}else ee?(w.write(`
        if (${j}.issues.length) {${y(j,X)}
        }
      `),A==="defaulted"?w.write(`newResult[${X}] = ${j}.value;`):w.write(`
        if (${j}.value !== undefined || ${H}) {
          newResult[${X}] = ${j}.value;
        }
      `)):w.write(`
        const ${j}_present = ${H};
        if (${j}.issues.length) {${y(j,X)}
        }
        if (!${j}_present && !${j}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${X}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${j}_present) {
          newResult[${X}] = ${j}.value;
        }

      `)}return w.write("payload.value = newResult;"),w.write("return payload;"),w.compile()},s,a=qn,c=!Ke.jitless,l=c&&Oc.value,f=t.catchall,p;e._zod.parse=(m,b)=>{p??(p=r.value);let g=m.value;return a(g)?c&&l&&b?.async===!1&&b.jitless!==!0?(s||(s=o(t.shape)),m=s(m,b),f?b1([],g,m,b,p,e,b?.abortEarly===!0):m):n(m,b):(m.issues.push({expected:"object",code:"invalid_type",input:g,inst:e}),m)}});function e1(e,t,n,r){for(let o of e)if(o.issues.length===0)return t.value=o.value,t;let i=e.filter(o=>!st(o));return i.length===1?(t.value=i[0].value,i[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(o=>o.issues.map(s=>gt(s,r,Le())))}),t)}var Ui=x("$ZodUnion",(e,t)=>{me.init(e,t),be(e,"optin",r=>r.def.options.some(i=>i._zod.optin==="defaulted")?"defaulted":r.def.options.some(i=>i._zod.optin!==void 0)?"optional":void 0),be(e,"optout",r=>r.def.options.some(i=>i._zod.optout==="optional")?"optional":void 0),be(e,"values",r=>{if(r.def.options.every(i=>i._zod.values))return new Set(r.def.options.flatMap(i=>Array.from(i._zod.values)))}),be(e,"pattern",r=>{if(r.def.options.every(i=>i._zod.pattern)){let i=r.def.options.map(o=>o._zod.pattern);return new RegExp(`^(${i.map(o=>on(o.source)).join("|")})$`)}});let n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(r,i)=>{if(n)return n(r,i);let o=!1,s=[];for(let a of t.options){let c=a._zod.run({value:r.value,issues:[]},i);if(c instanceof Promise)s.push(c),o=!0;else{if(c.issues.length===0)return c;s.push(c)}}return o?Promise.all(s).then(a=>e1(a,r,e,i)):e1(s,r,e,i)}});function t1(e,t,n,r){let i=[];for(let o=0;o<e.length;o++)e[o].issues.length===0&&i.push(o);return i.length===1?(t.value=e[i[0]].value,t):(i.length===0?t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(o=>o.issues.map(s=>gt(s,r,Le())))}):t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:[],inclusive:!1,matches:i}),t)}var Ld=x("$ZodXor",(e,t)=>{Ui.init(e,t),t.inclusive=!1;let n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(r,i)=>{if(n)return n(r,i);let o=!1,s=[];for(let a of t.options){let c=a._zod.run({value:r.value,issues:[]},i);c instanceof Promise?(s.push(c),o=!0):s.push(c)}return o?Promise.all(s).then(a=>t1(a,r,e,i)):t1(s,r,e,i)}});function qd(e,t){let n=e._zod,r=n.bag.optionsMap;r||(r=v1(n.def),n.bag.optionsMap=r);let i=r.get(t);if(i===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return i}function v1(e){let t=new Map;for(let n of e.options){let r=n._zod.propValues?.[e.discriminator];if(!r||r.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);for(let i of r)if(t.has(i)){if(i!==void 0)throw new Error(`Duplicate discriminator value "${String(i)}"`);t.set(i,null)}else t.set(i,n)}return t}var Ud=x("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=!1,Ui.init(e,t);let n=e._zod.parse;be(e,"propValues",i=>{let o={},s=0;for(let a of i.def.options){let c=a._zod.propValues;if(!c||Object.keys(c).length===0)throw new Error(`Invalid discriminated union option at index "${i.def.options.indexOf(a)}"`);c[i.def.discriminator]?.has(void 0)&&s++;for(let[u,l]of Object.entries(c)){Object.prototype.hasOwnProperty.call(o,u)||Je(o,u,new Set);for(let f of l)o[u].add(f)}}return!i.def.unionFallback&&s>1&&o[i.def.discriminator]?.delete(void 0),o}),t.options.forEach((i,o)=>{let s=hr(i._zod.def);if(s&&!Object.prototype.hasOwnProperty.call(s,t.discriminator))throw new Error(`Invalid discriminated union option at index "${o}"`)});let r=mr(()=>v1(t));e._zod.parse=(i,o)=>{let s=i.value;if(!qn(s))return i.issues.push({code:"invalid_type",expected:"object",input:s,inst:e}),i;let a=s?.[t.discriminator],c=r.value.get(a);return c&&(a!==void 0||o.direction!=="backward")?c._zod.run(i,o):t.unionFallback||o.direction==="backward"?n(i,o):(i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(r.value.keys()).filter(u=>r.value.get(u)!==null),input:s,path:[t.discriminator],inst:e}),i)}}),jd=x("$ZodIntersection",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>{let i=n.value,o=t.left._zod.run({value:i,issues:[]},r),s=t.right._zod.run({value:i,issues:[]},r);return o instanceof Promise||s instanceof Promise?Promise.all([o,s]).then(([c,u])=>n1(n,c,u)):n1(n,o,s)}});function _r(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(Tt(e)&&Tt(t)){let n=Object.keys(t),r=Object.keys(e).filter(o=>n.indexOf(o)!==-1),i={...e,...t};Object.prototype.hasOwnProperty.call(i,"__proto__")&&delete i.__proto__;for(let o of r){if(o==="__proto__")continue;let s=_r(e[o],t[o]);if(!s.valid)return{valid:!1,mergeErrorPath:[o,...s.mergeErrorPath]};i[o]=s.data}return{valid:!0,data:i}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let n=[];for(let r=0;r<e.length;r++){let i=e[r],o=t[r],s=_r(i,o);if(!s.valid)return{valid:!1,mergeErrorPath:[r,...s.mergeErrorPath]};n.push(s.data)}return{valid:!0,data:n}}return{valid:!1,mergeErrorPath:[]}}function n1(e,t,n){let r=new Map,i,o=new Map,s=(u,l)=>{let f;if(u.code==="unrecognized_keys"&&!u.path?.length)i??(i=u),f=u.keys;else if(u.code==="invalid_key"&&u.origin==="record"&&u.path?.length===1){let p=String(u.path[0]);o.has(p)||o.set(p,u),f=[p]}else return!1;for(let p of f)r.has(p)||r.set(p,{}),r.get(p)[l]=!0;return!0};for(let u of t.issues)s(u,"l")||e.issues.push(u);for(let u of n.issues)s(u,"r")||e.issues.push(u);let a=[...r].filter(([,u])=>u.l&&u.r).map(([u])=>u);if(a.length){let u=i?a.filter(l=>i.keys.includes(l)):[];u.length&&e.issues.push({...i,keys:u});for(let l of a)!u.includes(l)&&o.has(l)&&e.issues.push(o.get(l))}let c=_r(t.value,n.value);if(!c.valid){if(st(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`)}return e.value=c.data,e}var Ds=x("$ZodTuple",(e,t)=>{me.init(e,t);let n=t.items,r=Ke.memoizer;r?.attach(e),e._zod.parse=(i,o)=>{let s=i.value;if(!Array.isArray(s))return i.issues.push({input:s,inst:e,expected:"tuple",code:"invalid_type"}),i;i.value=r?r.alloc(e,i,[],o):[];let a=[],c=r1(n,"optin"),u=r1(n,"optout");if(!t.rest){if(s.length<c)return i.issues.push({code:"too_small",minimum:c,inclusive:!0,input:s,inst:e,origin:"array"}),i;s.length>n.length&&i.issues.push({code:"too_big",maximum:n.length,inclusive:!0,input:s,inst:e,origin:"array"})}let l=new Array(n.length),f=t.rest?o?.abortEarly:void 0,p=!1;for(let m=0;m<n.length;m++){let b=n[m]._zod.run({value:s[m],issues:[]},o);b instanceof Promise?a.push(b.then(g=>{l[m]=g})):(l[m]=b,f&&!p&&b.issues.length&&(p=st(b)))}if(t.rest&&!p){let m=n.length-1,b=s.slice(n.length),g=i.issues.length;for(let w of b){if(f&&i.issues.length!==g){if(st(i,g))break;g=i.issues.length}m++;let v=t.rest._zod.run({value:w,issues:[]},o);v instanceof Promise?a.push(v.then(y=>i1(y,i,m))):i1(v,i,m)}}return a.length?Promise.all(a).then(()=>o1(l,i,n,s,u)):o1(l,i,n,s,u)}});function r1(e,t){for(let n=e.length-1;n>=0;n--)if(!(t==="optin"?e[n]._zod.optin!==void 0:e[n]._zod.optout==="optional"))return n+1;return 0}function i1(e,t,n){e.issues.length&&t.issues.push(...ht(n,e.issues)),t.value[n]=e.value}function o1(e,t,n,r,i){for(let o=0;o<n.length;o++){let s=e[o],a=o<r.length;if(!a&&o>=i&&n[o]._zod.optin==="optional"){t.value.length=o;break}if(s.issues.length){if(!a&&o>=i){t.value.length=o;break}t.issues.push(...ht(o,s.issues))}t.value[o]=s.value}for(let o=t.value.length-1;o>=r.length&&(n[o]._zod.optout==="optional"&&t.value[o]===void 0);o--)t.value.length=o;return t}var Bd=x("$ZodRecord",(e,t)=>{me.init(e,t);let n=Ke.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!Tt(o))return r.issues.push({expected:"record",code:"invalid_type",input:o,inst:e}),r;let s=[],a=t.keyType._zod.values;if(a&&!t.partial){r.value=n?n.alloc(e,r,{},i):{};let c=new Set;for(let l of a)if(typeof l=="string"||typeof l=="number"||typeof l=="symbol"){if(c.add(typeof l=="number"?l.toString():l),l==="__proto__")continue;let f=t.keyType._zod.run({value:l,issues:[]},i);if(f instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(f.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(b=>gt(b,i,Le())),input:l,path:[l],inst:e});continue}let p=f.value;if(p==="__proto__")continue;let m=t.valueType._zod.run({value:o[l],issues:[]},i);m instanceof Promise?s.push(m.then(b=>{b.issues.length&&r.issues.push(...ht(l,b.issues)),r.value[p]=b.value})):(m.issues.length&&r.issues.push(...ht(l,m.issues)),r.value[p]=m.value)}let u;for(let l in o)if(!c.has(l))if(t.mode==="loose"){if(l==="__proto__")continue;r.value[l]=o[l]}else u=u??[],u.push(l);u&&u.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:u,continue:!0})}else{r.value=n?n.alloc(e,r,{},i):{};let c;for(let u of Reflect.ownKeys(o)){if(u==="__proto__"||!Object.prototype.propertyIsEnumerable.call(o,u))continue;let l=t.keyType._zod.run({value:u,issues:[]},i);if(l instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof u=="string"&&sn.test(u)&&l.issues.length){let b=t.keyType._zod.run({value:Number(u),issues:[]},i);if(b instanceof Promise)throw new Error("Async schemas not supported in object keys currently");b.issues.length===0&&(l=b)}if(l.issues.length){t.mode==="loose"?r.value[u]=o[u]:a?(c=c??[],c.push(u)):r.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(b=>gt(b,i,Le())),input:u,path:[u],inst:e});continue}let p=l.value;if(p==="__proto__")continue;let m=t.valueType._zod.run({value:o[u],issues:[]},i);m instanceof Promise?s.push(m.then(b=>{b.issues.length&&r.issues.push(...ht(u,b.issues)),r.value[p]=b.value})):(m.issues.length&&r.issues.push(...ht(u,m.issues)),r.value[p]=m.value)}c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:o,inst:e,keys:c,continue:!0})}return s.length?Promise.all(s).then(()=>r):r}}),Zd=x("$ZodMap",(e,t)=>{me.init(e,t);let n=Ke.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!(o instanceof Map))return r.issues.push({expected:"map",code:"invalid_type",input:o,inst:e}),r;let s=[];r.value=n?n.alloc(e,r,new Map,i):new Map;let a=i?.abortEarly,c=r.issues.length;for(let[u,l]of o){if(a&&r.issues.length!==c){if(st(r,c))break;c=r.issues.length}let f=t.keyType._zod.run({value:u,issues:[]},i),p=t.valueType._zod.run({value:l,issues:[]},i);f instanceof Promise||p instanceof Promise?s.push(Promise.all([f,p]).then(([m,b])=>{s1(m,b,r,u,o,e,i)})):s1(f,p,r,u,o,e,i)}return s.length?Promise.all(s).then(()=>r):r},Dd(e,G_)});function s1(e,t,n,r,i,o,s){e.issues.length&&(wi.has(typeof r)?n.issues.push(...ht(r,e.issues)):n.issues.push({code:"invalid_key",origin:"map",input:i,inst:o,issues:e.issues.map(a=>gt(a,s,Le()))})),t.issues.length&&(wi.has(typeof r)?n.issues.push(...ht(r,t.issues)):n.issues.push({origin:"map",code:"invalid_element",input:i,inst:o,key:r,issues:t.issues.map(a=>gt(a,s,Le()))})),n.value.set(e.value,t.value)}var Vd=x("$ZodSet",(e,t)=>{me.init(e,t);let n=Ke.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{let o=r.value;if(!(o instanceof Set))return r.issues.push({input:o,inst:e,expected:"set",code:"invalid_type"}),r;let s=[];r.value=n?n.alloc(e,r,new Set,i):new Set;let a=i?.abortEarly,c=r.issues.length;for(let u of o){if(a&&r.issues.length!==c){if(st(r,c))break;c=r.issues.length}let l=t.valueType._zod.run({value:u,issues:[]},i);l instanceof Promise?s.push(l.then(f=>a1(f,r))):a1(l,r)}return s.length?Promise.all(s).then(()=>r):r},Dd(e,K_)});function a1(e,t){e.issues.length&&t.issues.push(...e.issues),t.value.add(e.value)}var Gd=x("$ZodEnum",(e,t)=>{me.init(e,t);let n=fr(t.entries),r=new Set(n);e._zod.values=r,be(e,"pattern",i=>{let o=fr(i.def.entries).filter(s=>wi.has(typeof s));return new RegExp(o.length?`^(${o.map(s=>Ot(s.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,o)=>{let s=i.value;return r.has(s)||i.issues.push({code:"invalid_value",values:n,input:s,inst:e}),i}}),Kd=x("$ZodLiteral",(e,t)=>{me.init(e,t);let n=new Set(t.values);e._zod.values=n,be(e,"pattern",r=>{let i=r.def.values;return new RegExp(i.length?`^(${i.map(o=>typeof o=="string"?Ot(o):o?Ot(o.toString()):String(o)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,i)=>{let o=r.value;return n.has(o)||r.issues.push({code:"invalid_value",values:t.values,input:o,inst:e}),r}}),Hd=x("$ZodFile",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>{let i=n.value;return i instanceof File||n.issues.push({expected:"file",code:"invalid_type",input:i,inst:e}),n}}),Wd=x("$ZodTransform",(e,t)=>{me.init(e,t),e._zod.optin="optional",Ke.memoizer?.guard(e),e._zod.parse=(n,r)=>{if(r.direction==="backward")throw new wn(e.constructor.name);let i=t.transform(n.value,n);if(r.async)return(i instanceof Promise?i:Promise.resolve(i)).then(s=>(n.value=s,n));if(i instanceof Promise)throw new bt;return n.value=i,n}});function u1(e,t){return e.value=t.issues.length?void 0:t.value,e}var Ms=x("$ZodOptional",(e,t)=>{me.init(e,t),be(e,"optin",n=>n.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",be(e,"values",n=>{let r=n.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),be(e,"pattern",n=>{let r=n.def.innerType._zod.pattern;return r?new RegExp(`^(${on(r.source)})?$`):void 0}),e._zod.parse=(n,r)=>{if(n.value===void 0){if(t.innerType._zod.optin!=="defaulted")return n;let i=t.innerType._zod.run({value:n.value,issues:[]},r);return i instanceof Promise?i.then(o=>u1(n,o)):u1(n,i)}return t.innerType._zod.run(n,r)}}),Jd=x("$ZodExactOptional",(e,t)=>{Ms.init(e,t),be(e,"values",n=>n.def.innerType._zod.values),be(e,"pattern",n=>n.def.innerType._zod.pattern),e._zod.parse=(n,r)=>t.innerType._zod.run(n,r)}),Xd=x("$ZodNullable",(e,t)=>{me.init(e,t),be(e,"optin",n=>n.def.innerType._zod.optin),be(e,"optout",n=>n.def.innerType._zod.optout),be(e,"pattern",n=>{let r=n.def.innerType._zod.pattern;return r?new RegExp(`^(${on(r.source)}|null)$`):void 0}),be(e,"values",n=>n.def.innerType._zod.values?new Set([...n.def.innerType._zod.values,null]):void 0),e._zod.parse=(n,r)=>n.value===null?n:t.innerType._zod.run(n,r)}),Yd=x("$ZodDefault",(e,t)=>{me.init(e,t),e._zod.optin="defaulted",be(e,"values",n=>n.def.innerType._zod.values),e._zod.parse=(n,r)=>{if(r.direction==="backward")return t.innerType._zod.run(n,r);if(n.value===void 0)return n.value=t.defaultValue,n;let i=t.innerType._zod.run(n,r);return i instanceof Promise?i.then(o=>c1(o,t)):c1(i,t)}});function c1(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var Qd=x("$ZodPrefault",(e,t)=>{me.init(e,t),e._zod.optin="defaulted",be(e,"values",n=>n.def.innerType._zod.values),e._zod.parse=(n,r)=>(r.direction==="backward"||n.value===void 0&&(n.value=t.defaultValue),t.innerType._zod.run(n,r))}),ef=x("$ZodNonOptional",(e,t)=>{me.init(e,t),be(e,"values",n=>{let r=n.def.innerType._zod.values;return r?new Set([...r].filter(i=>i!==void 0)):void 0}),e._zod.parse=(n,r)=>{let i=t.innerType._zod.run(n,r);return i instanceof Promise?i.then(o=>l1(o,e)):l1(i,e)}});function l1(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}var tf=x("$ZodSuccess",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>{if(r.direction==="backward")throw new wn("ZodSuccess");let i=t.innerType._zod.run(n,r);return i instanceof Promise?i.then(o=>(n.value=o.issues.length===0,n)):(n.value=i.issues.length===0,n)}});function d1(e,t,n,r){return t.issues.length?(e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(i=>gt(i,r,Le()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var nf=x("$ZodCatch",(e,t)=>{me.init(e,t),be(e,"optin",n=>n.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),be(e,"optout",n=>n.def.innerType._zod.optout),be(e,"values",n=>n.def.innerType._zod.values),e._zod.parse=(n,r)=>{if(r.direction==="backward")return t.innerType._zod.run(n,r);let i=t.innerType._zod.run({value:n.value,issues:[]},r);return i instanceof Promise?i.then(o=>d1(n,o,t,r)):d1(n,i,t,r)}}),rf=x("$ZodNaN",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>((typeof n.value!="number"||!Number.isNaN(n.value))&&n.issues.push({input:n.value,inst:e,expected:"nan",code:"invalid_type"}),n)}),zs=x("$ZodPipe",(e,t)=>{me.init(e,t),be(e,"values",n=>n.def.in._zod.values),be(e,"optin",n=>n.def.in._zod.optin),be(e,"optout",n=>n.def.out._zod.optout),be(e,"propValues",n=>n.def.in._zod.propValues),e._zod.parse=(n,r)=>{if(r.direction==="backward"){let o=t.out._zod.run(n,r);return o instanceof Promise?o.then(s=>ws(s,t.in,r)):ws(o,t.in,r)}let i=t.in._zod.run(n,r);return i instanceof Promise?i.then(o=>ws(o,t.out,r)):ws(i,t.out,r)}});function ws(e,t,n){return e.issues.some(r=>r.code!=="unrecognized_keys")?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},n)}var ji=x("$ZodCodec",(e,t)=>{me.init(e,t),be(e,"values",n=>n.def.in._zod.values),be(e,"optin",n=>n.def.in._zod.optin),be(e,"optout",n=>n.def.out._zod.optout),be(e,"propValues",n=>n.def.in._zod.propValues),e._zod.parse=(n,r)=>{if((r.direction||"forward")==="forward"){let o=t.in._zod.run(n,r);return o instanceof Promise?o.then(s=>xs(s,t,r)):xs(o,t,r)}else{let o=t.out._zod.run(n,r);return o instanceof Promise?o.then(s=>xs(s,t,r)):xs(o,t,r)}}});function xs(e,t,n){if(e.issues.length)return e.aborted=!0,e;if((n.direction||"forward")==="forward"){let i=t.transform(e.value,e);return i instanceof Promise?i.then(o=>ks(e,o,t.out,n)):ks(e,i,t.out,n)}else{let i=t.reverseTransform(e.value,e);return i instanceof Promise?i.then(o=>ks(e,o,t.in,n)):ks(e,i,t.in,n)}}function ks(e,t,n,r){return e.issues.length?(e.aborted=!0,e):n._zod.run({value:t,issues:e.issues},r)}var of=x("$ZodPreprocess",(e,t)=>{zs.init(e,t)}),sf=x("$ZodReadonly",(e,t)=>{me.init(e,t),be(e,"propValues",n=>n.def.innerType._zod.propValues),be(e,"values",n=>n.def.innerType._zod.values),be(e,"optin",n=>n.def.innerType?._zod?.optin),be(e,"optout",n=>n.def.innerType?._zod?.optout),e._zod.parse=(n,r)=>{if(r.direction==="backward")return t.innerType._zod.run(n,r);let i=t.innerType._zod.run(n,r);return i instanceof Promise?i.then(f1):f1(i)}});function f1(e){return e.memo||(e.value=Object.freeze(e.value)),e}function W_(e){let t=e._zod.def,n=t.pattern,r=!!t.format?.includes("int"),i,o;for(let a of t.checks??[]){let c=a._zod.def;c.pattern&&(n=c.pattern),r||(r=!!c.format?.includes("int"));let u=c.minimum??c.length,l=c.maximum??c.length;u!==void 0&&(i===void 0||u>i)&&(i=u),l!==void 0&&(o===void 0||l<o)&&(o=l)}if(n)return n.source;if(i!==void 0&&o!==void 0&&i>o)return"(?!)";if(i!==void 0||o!==void 0)return wl({minimum:i,maximum:o}).source;let s=e._zod.pattern;return(r&&s===sn?Oi:s)?.source}function Jl(e){let t=e._zod.def,n=e._zod.pattern?.source,r=t.innerType??e._zod.innerType;if(r){let i=r._zod.pattern?.source,o=Jl(r);return n&&i&&o&&o!==i?n.replace(on(i),()=>on(o)):n}if(t.options){let i=t.options.map(Jl);if(i.every(Boolean))return`^(${i.map(o=>on(o)).join("|")})$`}return W_(e)}var af=x("$ZodTemplateLiteral",(e,t)=>{me.init(e,t);let n=[];for(let r of t.parts)if(typeof r=="object"&&r!==null){let i=Jl(r);if(!i)throw new Error(`Invalid template literal part, no pattern found: ${[...r._zod.traits].shift()}`);n.push(on(i))}else if(r===null||Cc.has(typeof r))n.push(Ot(`${r}`));else throw new Error(`Invalid template literal part: ${r}`);e._zod.pattern=new RegExp(`^${n.join("")}$`),e._zod.parse=(r,i)=>typeof r.value!="string"?(r.issues.push({input:r.value,inst:e,expected:"string",code:"invalid_type"}),r):(e._zod.pattern.lastIndex=0,e._zod.pattern.test(r.value)||r.issues.push({input:r.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source}),r)}),uf=x("$ZodFunction",(e,t)=>(me.init(e,t),Object.defineProperty(e,"_def",{value:t}),e._zod.def=t,e.implement=n=>{if(typeof n!="function")throw new Error("implement() must be called with a function");return Object.defineProperty(function(...r){let i=e._def.input?is(e._def.input,r):r,o=Reflect.apply(n,this,i);return e._def.output?is(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e.implementAsync=n=>{if(typeof n!="function")throw new Error("implementAsync() must be called with a function");return Object.defineProperty(async function(...r){let i=e._def.input?await os(e._def.input,r):r,o=await Reflect.apply(n,this,i);return e._def.output?await os(e._def.output,o):o},"_zod",{value:e._zod,enumerable:!1})},e._zod.parse=(n,r)=>typeof n.value!="function"?(n.issues.push({code:"invalid_type",expected:"function",input:n.value,inst:e}),n):(e._def.output&&e._def.output._zod.def.type==="promise"?n.value=e.implementAsync(n.value):n.value=e.implement(n.value),n),e.input=(...n)=>{let r=e.constructor;return Array.isArray(n[0])?new r({type:"function",input:new Ds({type:"tuple",items:n[0],rest:n[1]}),output:e._def.output}):new r({type:"function",input:n[0],output:e._def.output})},e.output=n=>{let r=e.constructor;return new r({type:"function",input:e._def.input,output:n})},e)),cf=x("$ZodPromise",(e,t)=>{me.init(e,t),e._zod.parse=(n,r)=>Promise.resolve(n.value).then(i=>t.innerType._zod.run({value:i,issues:[]},r))}),Bi=x("$ZodLazy",(e,t)=>{me.init(e,t),Ec(e._zod,"innerType",()=>{let n=t;return n._cachedInner||(n._cachedInner=t.getter()),n._cachedInner}),be(e,"pattern",n=>n.innerType?._zod?.pattern),be(e,"propValues",n=>n.innerType?._zod?.propValues),be(e,"optin",n=>n.innerType?._zod?.optin??void 0),be(e,"optout",n=>n.innerType?._zod?.optout??void 0),e._zod.parse=(n,r)=>e._zod.innerType._zod.run(n,r)}),lf=x("$ZodCustom",(e,t)=>{Te.init(e,t),me.init(e,t),e._zod.parse=(n,r)=>n,e._zod.check=n=>{let r=n.value,i=t.fn(r);if(i instanceof Promise)return i.then(o=>p1(o,n,r,e));p1(i,n,r,e)}});function p1(e,t,n,r){if(!e){let i={code:"custom",input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};r._zod.def.params&&(i.params=r._zod.def.params),t.issues.push(br(i))}}var js=class extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}},ff="~memo",x1=[];function k1(e){return e!==null&&typeof e=="object"}function df(e){return e.map(t=>t.path?{...t,path:t.path.slice()}:{...t})}var _1=new WeakMap,$r=0,Us=1,Zi=2;function Vi(e,t,n){let r=_1.get(e);if(r!==void 0)return r?Zi:$r;if(t.has(e))return Zi;t.add(e);let i=$r,o=l=>{if(i!==Zi&&l?._zod){let f=Vi(l,t,n);f>i&&(i=f)}},s=(l,f)=>{let p=$r;for(let m of Reflect.ownKeys(l)){let b=Object.getOwnPropertyDescriptor(l,m);if(f&&!b.enumerable)continue;let g=b.get?Us:b.value?._zod?Vi(b.value,t,n):$r;g>p&&(p=g)}return p},a=l=>{l>i&&(i=l)},c=e._zod.def,u=c.type;switch(u){case"object":{let l=hr(c);a(l?s(l,!0):Us),o(c.catchall);break}case"array":o(c.element);break;case"tuple":for(let l of c.items)o(l);o(c.rest);break;case"record":case"map":o(c.keyType),o(c.valueType);break;case"set":o(c.valueType);break;case"union":for(let l of c.options)o(l);break;case"intersection":o(c.left),o(c.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":o(c.innerType);break;case"pipe":o(c.in),o(c.out);break;case"function":o(c.input),o(c.output);break;case"lazy":{let l=c._cachedInner??(n?e._zod.innerType:void 0);a(l?Vi(l,t,!1):Us);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(let l in c){let f=Object.getOwnPropertyDescriptor(c,l);if(!f||f.get)continue;let p=f.value;if(!(!p||typeof p!="object")){if(p._zod)o(p);else if(Array.isArray(p))for(let m of p)o(m)}}}return t.delete(e),J_(e,i)}function J_(e,t){return t!==Us&&_1.set(e,t===Zi),t}function Bs(e){return Vi(e,new Set,!0)!==$r}function X_(e,t){let n=e.buckets.get(t);return n||(n=new WeakMap,e.buckets.set(t,n)),n}var Ls,qs=[],Y_={alloc(e,t,n){let r=Ls;if(!r)return n;Ls=void 0;let i={value:n,issues:null};return r.set(t.value,i),qs.push(i),n},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let n=e._zod.parse,r=(i,o)=>{if(o.direction!=="backward"&&Zs(o,i.value))throw new js;return n(i,o)};e._zod.parse=r,e._zod.run===n&&(e._zod.run=r)})},attach(e){var t;let n,r=!1,i,o;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{let s=e._zod.parse,a=(c,u)=>{if(n===void 0){let v=Vi(e,new Set,!1);if(v===$r)return e._zod.parse=s,e._zod.run===a&&(e._zod.run=s),s(c,u);v===Zi||r?n=!0:r=!0}let l=c.value;if(!k1(l))return s(c,u);let f=u[ff];f||(f={buckets:new WeakMap,backEdges:void 0},u[ff]=f);let p;i===u?p=o:(p=X_(f,e),i=u,o=p);let m=p.get(l);if(m)return c.value=m.value,m.issues?m.issues.length&&c.issues.push(...df(m.issues)):(c.memo=!0,f.backEdges??(f.backEdges=new WeakSet),f.backEdges.add(m.value)),c;Ls=p;let b=qs.length,g=s(c,u);Ls=void 0;let w=qs.length>b?qs.pop():void 0;return g instanceof Promise?g.then(v=>(w&&(w.issues=v.issues.length?df(v.issues):x1),v)):(w&&(w.issues=g.issues.length?df(g.issues):x1),g)};e._zod.parse=a,e._zod.run===s&&(e._zod.run=a)})}};function Gi(){return Y_}function Zs(e,t){let n=e[ff]?.backEdges;return n!==void 0&&k1(t)&&n.has(t)}var Ki={};Yt(Ki,{en:()=>Vs});var Q_=()=>{let e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function t(o){return e[o]??null}let n={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},r={nan:"NaN"};function i(o,s){return o==="number"&&typeof s=="number"&&!Number.isFinite(s)?String(s):r[o]??o}return o=>{switch(o.code){case"invalid_type":{let s=i(o.expected),a=Dc(o.input),c=i(a,o.input);return`Invalid input: expected ${s}, received ${c}`}case"invalid_value":return o.values.length===1?`Invalid input: expected ${es(o.values[0])}`:`Invalid option: expected one of ${Xo(o.values,"|")}`;case"too_big":{let s=o.exact?"exactly ":o.inclusive?"<=":"<",a=t(o.origin);return a?`Too big: expected ${o.origin??"value"} to have ${s}${o.maximum.toString()} ${a.unit??"elements"}`:`Too big: expected ${o.origin??"value"} to be ${s}${o.maximum.toString()}`}case"too_small":{let s=o.exact?"exactly ":o.inclusive?">=":">",a=t(o.origin);return a?`Too small: expected ${o.origin} to have ${s}${o.minimum.toString()} ${a.unit}`:`Too small: expected ${o.origin} to be ${s}${o.minimum.toString()}`}case"invalid_format":{let s=o;return s.format==="starts_with"?`Invalid string: must start with "${s.prefix}"`:s.format==="ends_with"?`Invalid string: must end with "${s.suffix}"`:s.format==="includes"?`Invalid string: must include "${s.includes}"`:s.format==="regex"?`Invalid string: must match pattern ${s.pattern}`:`Invalid ${n[s.format]??o.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${o.divisor}`;case"unrecognized_keys":return`Unrecognized key${o.keys.length>1?"s":""}: ${Xo(o.keys,", ")}`;case"invalid_key":return`Invalid key in ${o.origin}`;case"invalid_union":return o.options&&Array.isArray(o.options)&&o.options.length>0?`Invalid discriminator value. Expected ${o.options.map(a=>`'${a}'`).join(" | ")}`:o.inclusive===!1?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${o.origin}`;default:return"Invalid input"}}};function Vs(){return{localeError:Q_()}}var $1,pf=Symbol("ZodOutput"),mf=Symbol("ZodInput"),Gs=class{constructor(){this._map=new WeakMap,this._idmap=new Map}add(t,...n){let r=n[0];return this._map.set(t,r),r&&typeof r=="object"&&"id"in r&&this._idmap.set(r.id,t),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(t){let n=this._map.get(t);return n&&typeof n=="object"&&"id"in n&&this._idmap.delete(n.id),this._map.delete(t),this}get(t){let n=t._zod.parent;if(n){let r={...this.get(n)??{}};delete r.id;let i={...r,...this._map.get(t)};return Object.keys(i).length?i:void 0}return this._map.get(t)}has(t){return this._map.has(t)}};function Ks(){return new Gs}($1=globalThis).__zod_globalRegistry??($1.__zod_globalRegistry=Ks());var Xe=globalThis.__zod_globalRegistry;var at=Symbol.for("zod.compile.invalid"),A1=Symbol.for("zod.compile.fallback"),Lt=class extends Error{constructor(t="z.compile does not support async refinements, transforms, or checks"){super(t),this.name="ZodCompileAsyncError"}},xe=class extends Error{constructor(t,n=!0){super(`z.compile does not support ${t}; this schema must use the runtime parser`),this.name="ZodCompileUnsupportedError",this.islandable=n}};function t$(e,t){try{return Ws(e,{assertOnly:!0})}catch{return t}}function yf(e,t){try{let n=Ws(e),r=Hs(e,n);return r._zod.bag.validator=t$(e,n),r}catch(n){if(t?.strict)throw n;return e}}function Hs(e,t){if(Bs(e))throw new xe("a schema whose subtree contains a reference cycle");let n=Re(e),r=e._zod.run,i=r.__originalRun??r,o=(s,a)=>{if(a?.async||a?.direction==="backward"||a?.skipChecks||a?.[A1]||a&&Zs(a,s.value))return i(s,a);let c=t(s.value);return c!==at?(s.value=c,s):(a&&(a[A1]=!0),i(s,a))};return o.__originalRun=i,n._zod.bag.fallbackRun=i,n._zod.bag.validator=t,n._zod.run=o,r.__originalRun||n$(n,e,t),n}function n$(e,t,n){let r=e,i=t;if(typeof i.safeParse=="function"){let o=i.safeParse;r.safeParse=(s,a)=>{let c=n(s);return c!==at?{success:!0,data:c}:o(s,a)}}if(typeof i.parse=="function"){let o=i.parse;r.parse=(s,a)=>{let c=n(s);return c!==at?c:o(s,a)}}}function Ws(e,t){let n=!0;try{n=Bs(e)}catch{}if(n)throw new xe("a schema whose subtree contains a reference cycle");let r={constants:new Map,constantCounter:0,varCounter:0,definite:!0},i=new Bn(["input"]),o=Me(i,r,e,"input",!t?.assertOnly);i.write(o===null?"return true;":`return ${o};`);let s=["INVALID",...r.constants.keys()],a=[at,...r.constants.values()],c=i.content.join(`
`),u=t?.debug?s.length>0?`// Constants: ${s.join(", ")}
${c}`:c:"",l=Function,f=`return (input) => {
${c}
}`,p;try{p=new l(...s,f)(...a)}catch(m){throw new xe(`this schema (generated code failed to evaluate: ${m.message})`)}return t?.debug&&(p.code=u),p.definite=r.definite,p}function ue(e,t){for(let[r,i]of e.constants)if(i===t)return r;let n=`c${e.constantCounter++}`;return e.constants.set(n,t),n}function Gn(e,t){return e.definite=!1,ue(e,t)}function te(e){return`v${e.varCounter++}`}function r$(e,t){let n=e._zod.run({value:t,issues:[]},{});if(n&&typeof n.then=="function")return at;let r=n;return r.issues.length===0?r.value:at}function et(e,t,n,r,i=!0){let o=e.content.length,s=t.constants.size,a=t.constantCounter,c=t.varCounter;try{return Me(e,t,n,r,i)}catch(u){if(!(u instanceof xe)||!u.islandable)throw u;if(e.content.length=o,t.constants.size>s){let l=Array.from(t.constants.keys()).slice(s);for(let f of l)t.constants.delete(f)}return t.constantCounter=a,t.varCounter=c,i$(e,t,n,r)}}function i$(e,t,n,r){t.definite=!1;let i=ue(t,n),o=ue(t,r$),s=te(t);return e.write(`const ${s} = ${o}(${i}, ${r});`),e.write(`if (${s} === INVALID) return INVALID;`),s}var o$=new Set(["max_size","min_size","size_equals","max_length","min_length","length_equals"]);function s$(e,t,n,r){let i=n._zod.def.checks;if(!i||i.length===0)return r;let o=r;for(let s of i){let a=s._zod.def;if(a.when&&!o$.has(a.check))throw new xe('check with a custom "when" condition');switch(a.check){case"greater_than":a$(e,t,a,o);break;case"less_than":u$(e,t,a,o);break;case"multiple_of":c$(e,t,a,o);break;case"number_format":T1(e,a,o);break;case"min_length":{let c=xn(a.minimum,"min_length"),u=hf(e,t,o,`${o}.length >= ${c} && ${o}.length < ${a.minimum*2}`);e.write(`if (${u} < ${c}) return INVALID;`);break}case"max_length":{let c=xn(a.maximum,"max_length"),u=hf(e,t,o,`${o}.length > ${c}`);e.write(`if (${u} > ${c}) return INVALID;`);break}case"length_equals":{let c=xn(a.length,"length_equals"),u=hf(e,t,o,`${o}.length >= ${c} && ${o}.length <= ${a.length*2}`);e.write(`if (${u} !== ${c}) return INVALID;`);break}case"min_size":e.write(`if (${o}.size < ${xn(a.minimum,"min_size")}) return INVALID;`);break;case"max_size":e.write(`if (${o}.size > ${xn(a.maximum,"max_size")}) return INVALID;`);break;case"size_equals":e.write(`if (${o}.size !== ${xn(a.size,"size_equals")}) return INVALID;`);break;case"string_format":o=O1(e,t,a,o);break;case"custom":o=h$(e,t,s,o);break;case"bigint_format":l$(e,a,o);break;case"mime_type":d$(e,t,a,o);break;case"property":p$(e,t,a,o);break;case"properties":f$(e,t,a,o);break;case"overwrite":{let c=te(t);m$(e,t,s,o,c),o=c;break}default:throw new xe(`check type ${a.check}`)}}return o}function hf(e,t,n,r){let i=ue(t,Un),o=te(t);return e.write(`const ${o} = typeof ${n} === "string" && ${r} ? ${i}(${n}) : ${n}.length;`),o}function xn(e,t){if(typeof e!="number"||!Number.isFinite(e))throw new xe(`${t} bound of type ${typeof e}`);return`${e}`}function E1(e,t){if(typeof t=="bigint")return`${t}n`;if(typeof t=="number"){if(Number.isNaN(t))throw new xe("comparison check with NaN bound");return`${t}`}if(t instanceof Date){if(Number.isNaN(t.getTime()))throw new xe("comparison check with Invalid Date bound");return ue(e,t)}throw new xe(`comparison check bound of type ${typeof t}`)}function a$(e,t,n,r){let i=n.inclusive?"<":"<=";e.write(`if (${r} ${i} ${E1(t,n.value)}) return INVALID;`)}function u$(e,t,n,r){let i=n.inclusive?">":">=";e.write(`if (${r} ${i} ${E1(t,n.value)}) return INVALID;`)}function c$(e,t,n,r){if(typeof n.value=="bigint"){if(n.value===BigInt(0))throw new xe("multiple_of check with a zero divisor");e.write(`if (${r} % ${n.value}n !== 0n) return INVALID;`)}else{let i=ue(t,yi);e.write(`if (${i}(${r}, ${xn(n.value,"multiple_of")}) !== 0) return INVALID;`)}}function T1(e,t,n){let r=t.format;switch(r){case"safeint":e.write(`if (!Number.isSafeInteger(${n})) return INVALID;`);break;case"int32":e.write(`if (!Number.isInteger(${n}) || ${n} < -2147483648 || ${n} > 2147483647) return INVALID;`);break;case"uint32":e.write(`if (!Number.isInteger(${n}) || ${n} < 0 || ${n} > 4294967295) return INVALID;`);break;case"float32":e.write(`if (!Number.isFinite(${n}) || ${n} < -3.4028234663852886e38 || ${n} > 3.4028234663852886e38) return INVALID;`);break;case"float64":e.write(`if (!Number.isFinite(${n})) return INVALID;`);break;default:throw new xe(`number format ${r}`)}}function l$(e,t,n){let r=t.format;if(r)switch(r){case"int64":e.write(`if (${n} < -9223372036854775808n || ${n} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${n} < 0n || ${n} > 18446744073709551615n) return INVALID;`);break;default:throw new xe(`bigint format ${r}`)}}function d$(e,t,n,r){let i=n.mime;if(i&&i.length>0){let o=ue(t,new Set(i));e.write(`if (!${o}.has(${r}.type)) return INVALID;`)}}function f$(e,t,n,r){if(n.when)throw new xe('check with a custom "when" condition');e.write(`if (${r} == null) return INVALID;`);let i=n.shape;for(let o of Reflect.ownKeys(i)){let s=typeof o=="symbol"?ue(t,o):ot(o),a=te(t);e.write(`const ${a} = ${r}[${s}];`),et(e,t,i[o],a,!1)}}function p$(e,t,n,r){let i=`${r}[${JSON.stringify(n.property)}]`;Me(e,t,n.schema,i)}function m$(e,t,n,r,i){let o=n._zod.def.tx;if(!o)throw new xe("overwrite check without a transform function");if(Kn(o))throw new Lt("z.compile: async overwrite transforms are not supported");let s=ue(t,o);e.write(`const ${i} = ${s}(${r});`)}function gf(){throw new bt}function vf(e){this.issues.push(e)}function h$(e,t,n,r){let i=n._zod.def;if(i.fn){if(Kn(i.fn))throw new Lt("z.compile: async .refine() predicates are not supported");let o=Gn(t,i.fn),s=ue(t,gf),a=te(t);return e.write(`const ${a} = ${o}(${r});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`),r}if(n._zod.check){if(Kn(n._zod.check))throw new Lt("z.compile: async .superRefine() / check functions are not supported");let o=n._zod.check,a=Gn(t,u=>{let l={value:u,issues:[],addIssue:vf};return o(l)instanceof Promise&&gf(),l.issues.length===0?l.value:at}),c=te(t);return e.write(`const ${c} = ${a}(${r});`),e.write(`if (${c} === INVALID) return INVALID;`),c}throw new xe("custom check without a predicate or check function")}var g$=new Set(["cidrv4","cuid","cuid2","date","datetime","duration","e164","email","emoji","ends_with","guid","includes","ipv4","ksuid","lowercase","mac","nanoid","regex","starts_with","time","ulid","uppercase","uuid","xid"]);function O1(e,t,n,r,i=!0){let o=n.format;if(o==="base64"){let u=ue(t,zi);return e.write(`if (!${u}(${r})) return INVALID;`),r}if(o==="base64url"){let u=ue(t,Es);return e.write(`if (!${u}(${r})) return INVALID;`),r}if(o==="jwt"){let u=ue(t,Cs),l=ue(t,n.alg??null);return e.write(`if (!${u}(${r}, ${l})) return INVALID;`),r}if(o==="ipv6"){let u=ue(t,Mi);return e.write(`if (!${u}(${r})) return INVALID;`),r}if(o==="cidrv6"){let u=ue(t,Is);return e.write(`if (!${u}(${r})) return INVALID;`),r}if(o==="credit_card"){let u=ue(t,Ts);return e.write(`if (!${u}(${r})) return INVALID;`),r}if(o==="iban"){let u=ue(t,Os);return e.write(`if (!${u}(${r})) return INVALID;`),r}let s=n;if(o==="url"||o==="httpurl"||s.normalize||s.hostname!==void 0||s.protocol!==void 0){let u=ue(t,As),l=ue(t,n),f=te(t),p=te(t);if(e.write(`const ${f} = ${r}.trim();`),e.write(`const ${p} = ${u}(${f}, ${l});`),e.write(`if (typeof ${p} === "number") return INVALID;`),s.hostname!==void 0){let g=ue(t,Ss);e.write(`if (!${g}(${p}, ${l}.hostname)) return INVALID;`)}if(s.protocol!==void 0){let g=ue(t,Rs);e.write(`if (!${g}(${p}, ${l}.protocol)) return INVALID;`)}if(!i)return null;let m=te(t),b=s.normalize?`${p}.href`:`${ue(t,Di)}(${f})`;return e.write(`const ${m} = ${b};`),m}let a=n.fn;if(a){if(Kn(a))throw new xe(`async string format ${o}`);let u=ue(t,a);return e.write(`if (!${u}(${r})) return INVALID;`),r}if(g$.has(o)&&n.pattern){let u=ue(t,n.pattern);return e.write(`${u}.lastIndex = 0;`),e.write(`if (!${u}.test(${r})) return INVALID;`),r}let c=n.format;switch(c){case"regex":throw new xe("regex format without a pattern");case"lowercase":e.write(`if (${r} !== ${r}.toLowerCase()) return INVALID;`);break;case"uppercase":e.write(`if (${r} !== ${r}.toUpperCase()) return INVALID;`);break;case"includes":e.write(`if (!${r}.includes(${ot(n.includes)})) return INVALID;`);break;case"starts_with":{let u=n.prefix;e.write(`if (${r}.slice(0, ${u.length}) !== ${ot(u)}) return INVALID;`);break}case"ends_with":{let u=n.suffix;e.write(`if (${r}.slice(-${u.length}) !== ${ot(u)}) return INVALID;`);break}default:throw new xe(`string format ${c}`)}return r}function Me(e,t,n,r,i=!0){let o=n._zod.def,s=o.type;if(o.coerce)throw new xe(`coercion (z.coerce.${s}())`);let a=i||!!o.checks?.length,c;switch(s){case"string":c=b$(e,t,n,r,a);break;case"number":c=y$(e,n,r);break;case"boolean":c=v$(e,r);break;case"bigint":c=w$(e,n,r);break;case"symbol":c=x$(e,r);break;case"undefined":c=k$(e,r);break;case"null":c=_$(e,r);break;case"any":case"unknown":c=r;break;case"never":e.write("return INVALID;"),c=r;break;case"void":c=$$(e,r);break;case"nan":c=A$(e,r);break;case"date":c=S$(e,r);break;case"object":c=R$(e,t,n,r,a);break;case"optional":c=I$(e,t,n,r,a);break;case"nullable":c=T$(e,t,n,r,a);break;case"array":c=O$(e,t,n,r,a);break;case"literal":c=C$(e,t,n,r);break;case"enum":c=N$(e,t,n,r);break;case"readonly":{let u=R1(e,t,n,r),l=te(t);e.write(`const ${l} = Object.freeze(${u});`),c=l;break}case"success":R1(e,t,n,r),c="true";break;case"default":case"prefault":c=F$(e,t,n,r);break;case"nonoptional":c=D$(e,t,n,r);break;case"tuple":c=M$(e,t,n,r);break;case"union":c=z$(e,t,n,r);break;case"intersection":c=U$(e,t,n,r);break;case"record":c=j$(e,t,n,r);break;case"map":c=Z$(e,t,n,r);break;case"set":c=V$(e,t,n,r);break;case"file":c=G$(e,r);break;case"template_literal":c=K$(e,t,n,r);break;case"lazy":c=H$(e,t,n,r);break;case"pipe":c=W$(e,t,n,r);break;case"custom":c=J$(e,t,n,r);break;case"transform":c=Q$(e,t,n,r);break;case"catch":c=Y$(e,t,n,r);break;default:throw new xe(`schema type ${s}`)}return c===null?null:s$(e,t,n,c)}function b$(e,t,n,r,i=!0){e.write(`if (typeof ${r} !== "string") return INVALID;`);let o=n._zod.def;return o.format===void 0?r:O1(e,t,o,r,i)}function y$(e,t,n){e.write(`if (typeof ${n} !== "number" || !Number.isFinite(${n})) return INVALID;`);let r=t._zod.def;return r.check==="number_format"&&r.format&&T1(e,{format:r.format},n),n}function v$(e,t){return e.write(`if (typeof ${t} !== "boolean") return INVALID;`),t}function w$(e,t,n){e.write(`if (typeof ${n} !== "bigint") return INVALID;`);let r=t._zod.def;if(r.format)switch(r.format){case"int64":e.write(`if (${n} < -9223372036854775808n || ${n} > 9223372036854775807n) return INVALID;`);break;case"uint64":e.write(`if (${n} < 0n || ${n} > 18446744073709551615n) return INVALID;`);break}return n}function x$(e,t){return e.write(`if (typeof ${t} !== "symbol") return INVALID;`),t}function k$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function _$(e,t){return e.write(`if (${t} !== null) return INVALID;`),t}function $$(e,t){return e.write(`if (${t} !== undefined) return INVALID;`),t}function A$(e,t){return e.write(`if (typeof ${t} !== "number" || !Number.isNaN(${t})) return INVALID;`),t}function S$(e,t){return e.write(`if (!(${t} instanceof Date) || Number.isNaN(${t}.getTime())) return INVALID;`),t}function R$(e,t,n,r,i=!0){let o=n._zod.def;e.write(`if (typeof ${r} !== "object" || ${r} === null || Array.isArray(${r})) return INVALID;`);let s=o.shape,a=Object.keys(s),c=Object.getOwnPropertySymbols(s),u=c.length?[...a,...c]:a,l=y=>typeof y=="symbol"?ue(t,y):ot(y),f=y=>typeof y=="symbol"?`[${l(y)}]`:ot(y),p=s;if(a.includes("__proto__"))throw new xe('object shape key "__proto__"');let m=new Map;for(let y of u){let _=p[y],E=l(y),G=te(t);if(e.write(`const ${G} = ${r}[${E}];`),_._zod.optin!==void 0){let j=te(t);e.write(`let ${j} = (() => {`),e.indented(X=>{let H=et(X,t,_,G);X.write(`return ${H};`)}),e.write("})();"),_._zod.optout==="optional"?(e.write(`if (${j} === INVALID) {`),e.indented(X=>{X.write(`if (${E} in ${r}) return INVALID;`),X.write(`${j} = undefined;`)}),e.write("}")):e.write(`if (${j} === INVALID) return INVALID;`),m.set(y,j)}else{E$(_)&&e.write(`if (!(${E} in ${r})) return INVALID;`);let j=et(e,t,_,G,i);j!==null&&m.set(y,j)}}let b=o.catchall,g="none";if(b){let y=b._zod.def.type;if(y==="never"){let _=a.map(E=>`k !== ${ot(E)}`).join(" && ")||"true";e.write(`for (const k in ${r}) {`),e.indented(E=>{E.write(`if (${_}) return INVALID;`)}),e.write("}")}else(y==="unknown"||y==="any")&&!b._zod.def.checks?.length?g="passthrough":g="schema"}let w=te(t),v=u.some(y=>S1(p[y])||bf(p[y]));if(!i){if(g==="schema"){let y=a.length>0?ue(t,new Set(a)):null;e.write(`for (const k in ${r}) {`),e.indented(_=>{_.write('if (k === "__proto__") continue;'),y&&_.write(`if (${y}.has(k)) continue;`);let E=te(t);_.write(`const ${E} = ${r}[k];`),et(_,t,b,E,!1)}),e.write("}")}return null}if(v){e.write(`const ${w} = {};`);for(let y of u){let _=l(y),E=m.get(y);bf(p[y])?e.write(`if (${_} in ${r}) ${w}[${_}] = ${E};`):S1(p[y])?e.write(`if (${E} !== undefined || ${_} in ${r}) ${w}[${_}] = ${E};`):e.write(`${w}[${_}] = ${E};`)}}else{let y=u.map(_=>`${f(_)}: ${m.get(_)}`).join(", ");e.write(`const ${w} = { ${y} };`)}if(g!=="none"){let y=a.length>0?ue(t,new Set(a)):null;e.write(`for (const k in ${r}) {`),e.indented(_=>{if(_.write('if (k === "__proto__") continue;'),y&&_.write(`if (${y}.has(k)) continue;`),g==="passthrough")_.write(`${w}[k] = ${r}[k];`);else{let E=te(t);_.write(`const ${E} = ${r}[k];`);let G=et(_,t,b,E);_.write(`${w}[k] = ${G};`)}}),e.write("}")}return w}function I$(e,t,n,r,i=!0){let o=n._zod.def;if(P$(n))return Me(e,t,o.innerType,r,i);if(o.innerType._zod.optin==="defaulted"){let a=te(t),c=te(t);return e.write(`let ${a};`),e.write(`if (${r} === undefined) {`),e.indented(u=>{u.write(`const ${c} = (() => {`),u.indented(l=>{let f=Me(l,t,o.innerType,r);l.write(`return ${f};`)}),u.write("})();"),u.write(`if (${c} !== INVALID) ${a} = ${c};`)}),e.write("} else {"),e.indented(u=>{let l=Me(u,t,o.innerType,r);u.write(`${a} = ${l};`)}),e.write("}"),a}let s=i?te(t):null;return s&&e.write(`let ${s};`),e.write(`if (${r} !== undefined) {`),e.indented(a=>{let c=Me(a,t,o.innerType,r,i);s&&c!==null&&a.write(`${s} = ${c};`)}),e.write("}"),s}function P$(e){return e._zod.traits?.has("$ZodExactOptional")===!0}function E$(e){return e._zod.optin===void 0&&Vn(e)}function Vn(e){if(e._zod.def.coerce)return!0;let t=e._zod.def;switch(t.type){case"any":case"unknown":case"undefined":case"void":case"default":case"prefault":case"transform":case"custom":case"lazy":return!0;case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"never":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":return!1;case"nonoptional":return t.innerType?Vn(t.innerType):!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":case"nullable":case"readonly":case"success":return t.innerType?Vn(t.innerType):!0;case"catch":return!0;case"union":return t.options?t.options.some(Vn):!0;case"intersection":return!t.left||!t.right?!0:Vn(t.left)&&Vn(t.right);case"pipe":return t.in?Vn(t.in):!0;default:return!0}}function bf(e){return e._zod.optin==="optional"&&e._zod.optout==="optional"}function S1(e){return(e._zod.optin!=="defaulted"||e._zod.optout==="optional")&&Ar(e)}function Ar(e){let t=e._zod.def;switch(t.type){case"string":case"number":case"boolean":case"bigint":case"symbol":case"null":case"nan":case"date":case"object":case"array":case"tuple":case"record":case"map":case"set":case"file":case"template_literal":case"never":case"success":return!1;case"literal":return!!t.values?.includes(void 0);case"enum":return!!e._zod.values?.has(void 0);case"optional":return!0;case"nullable":case"readonly":case"nonoptional":return t.innerType?Ar(t.innerType):!0;case"union":return t.options?t.options.some(Ar):!0;case"intersection":return!t.left||!t.right||Ar(t.left)||Ar(t.right);case"pipe":return t.out?Ar(t.out):!0;default:return!0}}function T$(e,t,n,r,i=!0){let o=n._zod.def,s=i?te(t):null;return s&&e.write(`let ${s} = null;`),e.write(`if (${r} !== null) {`),e.indented(a=>{let c=Me(a,t,o.innerType,r,i);s&&c!==null&&a.write(`${s} = ${c};`)}),e.write("}"),s}function wf(e,t,n){for(let[r,i]of gr(t._zod.def.checks))e.write(`if (${n} > ${xn(r,i._zod.def.check)}) return INVALID;`)}function O$(e,t,n,r,i=!0){let o=n._zod.def;e.write(`if (!Array.isArray(${r})) return INVALID;`),wf(e,n,`${r}.length`);let s=i?te(t):null,a=te(t),c=te(t);return s&&e.write(`const ${s} = new Array(${r}.length);`),e.write(`for (let ${a} = 0; ${a} < ${r}.length; ${a}++) {`),e.indented(u=>{u.write(`const ${c} = ${r}[${a}];`);let l=et(u,t,o.element,c,i);s&&l!==null&&u.write(`${s}[${a}] = ${l};`)}),e.write("}"),s}function C$(e,t,n,r){let o=n._zod.def.values;if(o.length!==1){let a=ue(t,new Set(o));return e.write(`if (!${a}.has(${r})) return INVALID;`),r}let s=o[0];if(typeof s=="number"&&Number.isNaN(s)){let a=ue(t,new Set(o));return e.write(`if (!${a}.has(${r})) return INVALID;`),r}if(typeof s=="string")e.write(`if (${r} !== ${ot(s)}) return INVALID;`);else if(typeof s=="number"||typeof s=="boolean")e.write(`if (${r} !== ${s}) return INVALID;`);else if(s===null)e.write(`if (${r} !== null) return INVALID;`);else if(s===void 0)e.write(`if (${r} !== undefined) return INVALID;`);else if(typeof s=="bigint")e.write(`if (${r} !== ${s}n) return INVALID;`);else throw new xe(`literal type ${typeof s}`);return r}function N$(e,t,n,r){let i=n._zod.values;if(!i)throw new xe("enum schema without enumerated values");let o=ue(t,i);return e.write(`if (!${o}.has(${r})) return INVALID;`),r}function R1(e,t,n,r){let i=n._zod.def;return Me(e,t,i.innerType,r)}function F$(e,t,n,r){let i=n._zod.def,s=Object.getOwnPropertyDescriptor(n._zod.def,"defaultValue")?()=>n._zod.def.defaultValue:void 0;if(n._zod.def.type==="prefault"){if(!s)return Me(e,t,i.innerType,r);let c=ue(t,s),u=te(t);return e.write(`let ${u} = ${r};`),e.write(`if (${r} === undefined) ${u} = ${c}();`),Me(e,t,i.innerType,u)}let a=te(t);if(s){let c=ue(t,s),u=ue(t,vi);e.write(`let ${a};`),e.write(`if (${r} === undefined) {`),e.indented(l=>{l.write(`${a} = ${u}(${c}());`)}),e.write("} else {"),e.indented(l=>{let f=Me(l,t,i.innerType,r);l.write(`${a} = ${f} === undefined ? ${u}(${c}()) : ${f};`)}),e.write("}")}else e.write(`let ${a};`),e.write(`if (${r} !== undefined) {`),e.indented(c=>{let u=Me(c,t,i.innerType,r);c.write(`${a} = ${u};`)}),e.write("}");return a}function D$(e,t,n,r){let i=n._zod.def,o=Me(e,t,i.innerType,r),s=te(t);return e.write(`const ${s} = ${o};`),e.write(`if (${s} === undefined) return INVALID;`),s}function M$(e,t,n,r){let i=n._zod.def,o=i.items,s=i.rest;e.write(`if (!Array.isArray(${r})) return INVALID;`);let a=I1(o,"optin"),c=I1(o,"optout");s?e.write(`if (${r}.length < ${a}) return INVALID;`):e.write(`if (${r}.length < ${a} || ${r}.length > ${o.length}) return INVALID;`);let u=te(t);e.write(`const ${u} = [];`);for(let l=0;l<o.length;l++){let f=o[l];if(l>=c)e.write(`if (${u}.length === ${l}) {`),e.indented(p=>{p.write(`if (${l} < ${r}.length) {`),p.indented(m=>{let b=te(t);m.write(`const ${b} = ${r}[${l}];`);let g=et(m,t,f,b);m.write(`${u}[${l}] = ${g};`)}),p.write("} else {"),p.indented(m=>{if(bf(f)){m.write(`${u}.length = ${l};`);return}let b=te(t),g=te(t);m.write(`const ${b} = undefined;`),m.write(`const ${g} = (() => {`),m.indented(w=>{let v=et(w,t,f,b);w.write(`return ${v};`)}),m.write("})();"),m.write(`if (${g} === INVALID || ${g} === undefined) ${u}.length = ${l};`),m.write(`else ${u}[${l}] = ${g};`)}),p.write("}")}),e.write("}");else{let p=te(t);e.write(`const ${p} = ${r}[${l}];`);let m=et(e,t,f,p);e.write(`${u}[${l}] = ${m};`)}}if(s){let l=te(t),f=te(t);e.write(`for (let ${l} = ${o.length}; ${l} < ${r}.length; ${l}++) {`),e.indented(p=>{p.write(`const ${f} = ${r}[${l}];`);let m=et(p,t,s,f);p.write(`${u}[${l}] = ${m};`)}),e.write("}")}return u}function I1(e,t){for(let n=e.length-1;n>=0;n--)if(!(t==="optin"?e[n]._zod.optin!==void 0:e[n]._zod.optout==="optional"))return n+1;return 0}function z$(e,t,n,r){let i=n._zod.def,o=i.options;if(i.discriminator)return L$(e,t,i,r);if(i.inclusive===!1)throw new xe("exclusive unions (z.xor)");if(o.length===0)return e.write("return INVALID;"),r;if(o.length===1)return Me(e,t,o[0],r);if(o.every(c=>c._zod.def.type==="literal"&&!c._zod.def.checks?.length)){let c=new Set(o.flatMap(l=>l._zod.def.values)),u=ue(t,c);return e.write(`if (!${u}.has(${r})) return INVALID;`),r}let a=te(t);e.write(`let ${a};`);for(let c=0;c<o.length;c++){let u=o[c];c===0?e.write(`${a} = (() => {`):e.write(`if (${a} === INVALID) ${a} = (() => {`),e.indented(l=>{let f=Me(l,t,u,r);l.write(`return ${f};`)}),e.write("})();")}return e.write(`if (${a} === INVALID) return INVALID;`),a}function L$(e,t,n,r){if(n.unionFallback)throw new xe("discriminated union with unionFallback");if(n.options.length===0)return e.write("return INVALID;"),r;let i=te(t),o=te(t);e.write(`const ${i} = ${r}?.[${ot(n.discriminator)}];`),e.write(`let ${o};`);let s=!0,a=new Set;for(let c of n.options){let u=c._zod.propValues?.[n.discriminator];if(!u||u.size===0)throw new xe("discriminated union option without static discriminator values");for(let p of u){if(a.has(p))throw new xe(`duplicate discriminator value ${String(p)}`);a.add(p)}let l=Array.from(u,p=>q$(t,i,p)),f=s?"if":"else if";e.write(`${f} (${l.join(" || ")}) {`),e.indented(p=>{let m=Me(p,t,c,r);p.write(`${o} = ${m};`)}),e.write("}"),s=!1}return e.write("else { return INVALID; }"),o}function q$(e,t,n){if(typeof n=="string")return`${t} === ${ot(n)}`;if(typeof n=="number")return Number.isNaN(n)?`Number.isNaN(${t})`:`${t} === ${n}`;if(typeof n=="boolean")return`${t} === ${n}`;if(n===null)return`${t} === null`;if(n===void 0)return`${t} === undefined`;if(typeof n=="bigint")return`${t} === ${n}n`;if(typeof n=="symbol"){let r=ue(e,n);return`${t} === ${r}`}throw new xe(`literal discriminator value ${String(n)}`)}function U$(e,t,n,r){let i=n._zod.def;t.definite=!1;let o=et(e,t,i.left,r),s=et(e,t,i.right,r),a=ue(t,_r),c=te(t);return e.write(`const ${c} = ${a}(${o}, ${s});`),e.write(`if (!${c}.valid) return INVALID;`),`${c}.data`}function j$(e,t,n,r){let i=n._zod.def,o=ue(t,Tt);e.write(`if (!${o}(${r})) return INVALID;`);let s=te(t),a=te(t),c=te(t);e.write(`const ${s} = {};`);let u=i,l=u.partial?void 0:i.keyType._zod.values;if(l){let m=[];for(let g of l){if(!(typeof g=="string"||typeof g=="number"||typeof g=="symbol"))throw new xe(`record key value ${String(g)}`);let w=typeof g=="number"?g.toString():g;if(w==="__proto__")throw new xe('record key "__proto__"');m.push(w);let v=ue(t,g),y=Me(e,t,i.keyType,v),_=te(t);e.write(`const ${_} = ${r}[${B$(t,w)}];`);let E=et(e,t,i.valueType,_);e.write(`${s}[${y}] = ${E};`)}let b=ue(t,new Set(m));return e.write(`for (const ${a} in ${r}) {`),e.indented(g=>{g.write(`if (${b}.has(${a})) continue;`),u.mode==="loose"?g.write(`if (${a} !== "__proto__") ${s}[${a}] = ${r}[${a}];`):g.write("return INVALID;")}),e.write("}"),s}let f=i.keyType._zod.def;if(!(f.type==="string"&&f.format===void 0&&!f.coerce&&(f.checks?.length??0)===0)){let m=i.mode==="loose",b=Ws(i.keyType);b.definite===!1&&(t.definite=!1);let g=ue(t,b),w=ue(t,sn),v=te(t);return P1(e,t,r,a,y=>{y.write(`let ${v} = ${g}(${a});`),y.write(`if (${v} === INVALID && typeof ${a} === "string" && ${w}.test(${a})) ${v} = ${g}(Number(${a}));`),m?y.write(`if (${v} === INVALID) { ${s}[${a}] = ${r}[${a}]; continue; }`):y.write(`if (${v} === INVALID) return INVALID;`),y.write(`if (${v} === "__proto__") continue;`);let _=te(t);y.write(`const ${_} = ${r}[${a}];`);let E=et(y,t,i.valueType,_);y.write(`${s}[${v}] = ${E};`)}),s}return P1(e,t,r,a,m=>{m.write(`const ${c} = ${r}[${a}];`);let b=et(m,t,i.valueType,c);m.write(`${s}[${a}] = ${b};`)},"return INVALID;"),s}function P1(e,t,n,r,i,o){let s=ue(t,Object.prototype.propertyIsEnumerable),a=te(t),c=te(t),u=te(t);e.write(`const ${a} = Object.getOwnPropertySymbols(${n});`),e.write(`const ${c} = Object.getOwnPropertyNames(${n});`),e.write(`for (let ${u} = 0; ${u} < ${c}.length; ${u}++) {`),e.indented(l=>{l.write(`const ${r} = ${c}[${u}];`),l.write(`if (${r} === "__proto__" || !${s}.call(${n}, ${r})) continue;`),i(l)}),e.write("}"),e.write(`for (let ${u} = 0; ${u} < ${a}.length; ${u}++) {`),e.indented(l=>{l.write(`const ${r} = ${a}[${u}];`),l.write(`if (!${s}.call(${n}, ${r})) continue;`),o?l.write(o):i(l)}),e.write("}")}function B$(e,t){return typeof t=="string"?ot(t):ue(e,t)}function Z$(e,t,n,r){let i=n._zod.def;e.write(`if (!(${r} instanceof Map)) return INVALID;`),wf(e,n,`${r}.size`);let o=te(t),s=te(t),a=te(t);return e.write(`const ${o} = new Map();`),e.write(`for (const [${s}, ${a}] of ${r}) {`),e.indented(c=>{let u=Me(c,t,i.keyType,s),l=Me(c,t,i.valueType,a);c.write(`${o}.set(${u}, ${l});`)}),e.write("}"),o}function V$(e,t,n,r){let i=n._zod.def;e.write(`if (!(${r} instanceof Set)) return INVALID;`),wf(e,n,`${r}.size`);let o=te(t),s=te(t);return e.write(`const ${o} = new Set();`),e.write(`for (const ${s} of ${r}) {`),e.indented(a=>{let c=Me(a,t,i.valueType,s);a.write(`${o}.add(${c});`)}),e.write("}"),o}function G$(e,t){return e.write(`if (!(${t} instanceof File)) return INVALID;`),t}function K$(e,t,n,r){e.write(`if (typeof ${r} !== "string") return INVALID;`);let i=n._zod.pattern;if(i){let o=ue(t,i);e.write(`${o}.lastIndex = 0;`),e.write(`if (!${o}.test(${r})) return INVALID;`)}return r}function H$(e,t,n,r){let i=n._zod.def,o=Gn(t,i.getter),s=ue(t,{parser:null});e.write(`if (!${s}.parser) {`),e.indented(c=>{c.write(`const inner = ${o}();`),c.write(`${s}.parser = function(input) {`),c.indented(u=>{u.write("const result = inner._zod.run({ value: input, issues: [] }, {});"),u.write("return result.issues.length === 0 ? result.value : INVALID;")}),c.write("};")}),e.write("}");let a=te(t);return e.write(`const ${a} = ${s}.parser(${r});`),e.write(`if (${a} === INVALID) return INVALID;`),a}function W$(e,t,n,r){let i=n._zod.def,o=Me(e,t,i.in,r);if(i.transform){if(Kn(i.transform))throw new Lt("z.compile: async transforms in pipes are not supported");let s=i.transform,c=Gn(t,l=>{let f={value:l,issues:[],addIssue:vf},p=s(l,f);return p instanceof Promise?at:f.issues.length===0?p:at}),u=te(t);return e.write(`const ${u} = ${c}(${o});`),e.write(`if (${u} === INVALID) return INVALID;`),Me(e,t,i.out,u)}else return Me(e,t,i.out,o)}function Kn(e){return typeof e=="function"&&(e.constructor.name==="AsyncFunction"||e[Symbol.toStringTag]==="AsyncFunction")}function J$(e,t,n,r){let i=n._zod.def;if(i.fn){if(Kn(i.fn))throw new Lt("z.compile: async custom predicates are not supported");let o=Gn(t,i.fn),s=ue(t,gf),a=te(t);e.write(`const ${a} = ${o}(${r});`),e.write(`if (${a} instanceof Promise) ${s}();`),e.write(`if (!${a}) return INVALID;`)}else throw new xe("custom schema without a predicate function");return r}function X$(e,t,n){let r=e._zod.run({value:n,issues:[]},{});if(r&&typeof r.then=="function")return at;let i=r;return i.issues.length===0?i.value:t()}function Y$(e,t,n,r){let i=n._zod.def;if(!i.catchValue[ns])throw new xe("catch with a callback (only a constant catch value compiles)",!1);let o=te(t);e.write(`let ${o} = (() => {`),e.indented(u=>{let l=et(u,t,i.innerType,r);u.write(`return ${l};`)}),e.write("})();");let s=ue(t,i.innerType),a=Gn(t,i.catchValue),c=ue(t,X$);return e.write(`if (${o} === INVALID) {`),e.indented(u=>{u.write(`${o} = ${c}(${s}, ${a}, ${r});`),u.write(`if (${o} === INVALID) return INVALID;`)}),e.write("}"),o}function Q$(e,t,n,r){let i=n._zod.def;if(i.transform){if(Kn(i.transform))throw new Lt("z.compile: async transforms are not supported");let o=i.transform,a=Gn(t,u=>{let l={value:u,issues:[],addIssue:vf},f=o(u,l);return f instanceof Promise?at:l.issues.length===0?f:at}),c=te(t);return e.write(`const ${c} = ${a}(${r});`),e.write(`if (${c} === INVALID) return INVALID;`),c}return r}function Js(e){return e.checks&&(e.checks=[...e.checks]),e}function xf(e,t){return new e(Js({type:"string",...U(t)}))}function kf(e,t){return new e(Js({type:"string",coerce:!0,...U(t)}))}function Xs(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...U(t)})}function Ys(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...U(t)})}function Qs(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...U(t)})}function ea(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...U(t)})}function ta(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...U(t)})}function na(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...U(t)})}function Hi(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...U(t)})}function ra(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...U(t)})}function ia(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...U(t)})}function oa(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...U(t)})}function sa(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...U(t)})}function aa(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...U(t)})}function ua(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...U(t)})}function ca(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...U(t)})}function la(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...U(t)})}function da(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...U(t)})}function _f(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:!1,...U(t)})}function fa(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...U(t)})}function pa(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...U(t)})}function ma(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...U(t)})}function ha(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...U(t)})}function ga(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...U(t)})}function $f(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:!1,...U(t)})}function Af(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:!1,...U(t)})}function ba(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...U(t)})}var Sf={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function Wi(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...U(t)})}function Ji(e,t){return new e({type:"string",format:"date",check:"string_format",...U(t)})}function Xi(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...U(t)})}function Yi(e,t){return new e({type:"string",format:"duration",check:"string_format",...U(t)})}function Rf(e,t){return new e(Js({type:"number",checks:[],...U(t)}))}function If(e,t){return new e(Js({type:"number",coerce:!0,checks:[],...U(t)}))}function Pf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...U(t)})}function Ef(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float32",...U(t)})}function Tf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"float64",...U(t)})}function Of(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"int32",...U(t)})}function Cf(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"uint32",...U(t)})}function Nf(e,t){return new e({type:"boolean",...U(t)})}function Ff(e,t){return new e({type:"boolean",coerce:!0,...U(t)})}function Df(e,t){return new e({type:"bigint",...U(t)})}function Mf(e,t){return new e({type:"bigint",coerce:!0,...U(t)})}function zf(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"int64",...U(t)})}function Lf(e,t){return new e({type:"bigint",check:"bigint_format",abort:!1,format:"uint64",...U(t)})}function qf(e,t){return new e({type:"symbol",...U(t)})}function Uf(e,t){return new e({type:"undefined",...U(t)})}function jf(e,t){return new e({type:"null",...U(t)})}function Bf(e){return new e({type:"any"})}function Zf(e){return new e({type:"unknown"})}function Vf(e,t){return new e({type:"never",...U(t)})}function Gf(e,t){return new e({type:"void",...U(t)})}function Kf(e,t){return new e({type:"date",...U(t)})}function Hf(e,t){return new e({type:"date",coerce:!0,...U(t)})}function Wf(e,t){return new e({type:"nan",...U(t)})}function Gt(e,t){return new ys({check:"less_than",...U(t),value:e,inclusive:!1})}function St(e,t){return new ys({check:"less_than",...U(t),value:e,inclusive:!0})}function Kt(e,t){return new vs({check:"greater_than",...U(t),value:e,inclusive:!1})}function Rt(e,t){return new vs({check:"greater_than",...U(t),value:e,inclusive:!0})}function ya(e){return Kt(0,e)}function va(e){return Gt(0,e)}function wa(e){return St(0,e)}function xa(e){return Rt(0,e)}function kn(e,t){return new El({check:"multiple_of",...U(t),value:e})}function _n(e,t){return new Cl({check:"max_size",...U(t),maximum:e})}function Ht(e,t){return new Nl({check:"min_size",...U(t),minimum:e})}function Hn(e,t){return new Fl({check:"size_equals",...U(t),size:e})}function Wn(e,t){return new Dl({check:"max_length",...U(t),maximum:e})}function an(e,t){return new Ml({check:"min_length",...U(t),minimum:e})}function Jn(e,t){return new zl({check:"length_equals",...U(t),length:e})}function Sr(e,t){return new Ll({check:"string_format",format:"regex",...U(t),pattern:e})}function Rr(e){return new ql({check:"string_format",format:"lowercase",...U(e)})}function Ir(e){return new Ul({check:"string_format",format:"uppercase",...U(e)})}function Pr(e,t){return new jl({check:"string_format",format:"includes",...U(t),includes:e})}function Er(e,t){return new Bl({check:"string_format",format:"starts_with",...U(t),prefix:e})}function Tr(e,t){return new Zl({check:"string_format",format:"ends_with",...U(t),suffix:e})}function ka(e,t,n){return new Vl({check:"property",property:e,schema:t,...U(n)})}function Or(e,t){return new Gl({check:"properties",shape:e,...U(t)})}function Cr(e,t){return new Kl({check:"mime_type",mime:e,...U(t)})}function qt(e){return new Hl({check:"overwrite",tx:e})}function Nr(e){return qt(t=>t.normalize(e))}function Fr(){return qt(e=>e.trim())}function Dr(){return qt(e=>e.toLowerCase())}function Mr(){return qt(e=>e.toUpperCase())}function zr(){return qt(e=>Tc(e))}function Jf(e,t,n){return new e({type:"array",element:t,...U(n)})}function eA(e,t,n){return new e({type:"union",options:t,...U(n)})}function tA(e,t,n){return new e({type:"union",options:t,inclusive:!1,...U(n)})}function nA(e,t,n,r){return new e({type:"union",options:n,discriminator:t,...U(r)})}function rA(e,t,n){return new e({type:"intersection",left:t,right:n})}function iA(e,t,n,r){let i=n instanceof me,o=i?r:n,s=i?n:null;return new e({type:"tuple",items:t,rest:s,...U(o)})}function oA(e,t,n,r){return new e({type:"record",keyType:t,valueType:n,...U(r)})}function sA(e,t,n,r){return new e({type:"map",keyType:t,valueType:n,...U(r)})}function aA(e,t,n){return new e({type:"set",valueType:t,...U(n)})}function uA(e,t,n){let r=Array.isArray(t)?Object.fromEntries(t.map(i=>[i,i])):t;return new e({type:"enum",entries:r,...U(n)})}function cA(e,t,n){return new e({type:"enum",entries:t,...U(n)})}function lA(e,t,n){return new e({type:"literal",values:Array.isArray(t)?t:[t],...U(n)})}function Xf(e,t){return new e({type:"file",...U(t)})}function dA(e,t){return new e({type:"transform",transform:t})}function fA(e,t){return new e({type:"optional",innerType:t})}function pA(e,t){return new e({type:"nullable",innerType:t})}function mA(e,t,n){return new e({type:"default",innerType:t,get defaultValue(){return typeof n=="function"?n():vi(n)}})}function hA(e,t,n){return new e({type:"nonoptional",innerType:t,...U(n)})}function gA(e,t){return new e({type:"success",innerType:t})}function bA(e,t,n){return new e({type:"catch",innerType:t,catchValue:typeof n=="function"?n:zc(n)})}function yA(e,t,n){return new e({type:"pipe",in:t,out:n})}function vA(e,t){return new e({type:"readonly",innerType:t})}function wA(e,t,n){return new e({type:"template_literal",parts:t,...U(n)})}function xA(e,t){return new e({type:"lazy",getter:t})}function kA(e,t){return new e({type:"promise",innerType:t})}function Yf(e,t,n){let r=U(n);return r.abort??(r.abort=!0),new e({type:"custom",check:"custom",fn:t,...r})}function Qf(e,t,n){return new e({type:"custom",check:"custom",fn:t,...U(n)})}function ep(e,t){let n=C1(r=>(r.addIssue=i=>{if(typeof i=="string")r.issues.push(br(i,r.value,n._zod.def));else{let o=i;o.fatal&&(o.continue=!1),o.code??(o.code="custom"),"input"in o||(o.input=r.value),o.inst??(o.inst=n),o.continue??(o.continue=!n._zod.def.abort),r.issues.push(br(o))}},e(r.value,r)),t);return n}function C1(e,t){let n=new Te({check:"custom",...U(t)});return n._zod.check=e,n}function tp(e){let t=new Te({check:"describe"});return t._zod.onattach=[n=>{let r=Xe.get(n)??{};Xe.add(n,{...r,description:e})}],t._zod.check=()=>{},t}function np(e){let t=new Te({check:"meta"});return t._zod.onattach=[n=>{let r=Xe.get(n)??{};Xe.add(n,{...r,...e})}],t._zod.check=()=>{},t}function rp(e,t){let n=U(t),r=n.truthy??["true","1","yes","on","y","enabled"],i=n.falsy??["false","0","no","off","n","disabled"];n.case!=="sensitive"&&(r=r.map(m=>typeof m=="string"?m.toLowerCase():m),i=i.map(m=>typeof m=="string"?m.toLowerCase():m));let o=new Set(r),s=new Set(i),a=e.Codec??ji,c=e.Boolean??qi,u=e.String??Zn,l=new u({type:"string",error:n.error}),f=new c({type:"boolean",error:n.error}),p=new a({type:"pipe",in:l,out:f,transform:((m,b)=>{let g=m;return n.case!=="sensitive"&&(g=g.toLowerCase()),o.has(g)?!0:s.has(g)?!1:(b.issues.push({code:"invalid_value",expected:"stringbool",values:[...o,...s],input:b.value,inst:p,continue:!1}),{})}),reverseTransform:((m,b)=>m===!0?r[0]||"true":i[0]||"false"),error:n.error});return p._zod.bag.truthy=r,p._zod.bag.falsy=i,p._zod.bag.case=n.case??"insensitive",p}function Xn(e,t,n,r={}){let i=U(r),o={check:"string_format",type:"string",format:t,fn:typeof n=="function"?n:a=>n.test(a),...i};return n instanceof RegExp&&(o.pattern=n),new e(o)}function Qi(e,...t){for(let n of t)for(let r of Reflect.ownKeys(n))Object.prototype.propertyIsEnumerable.call(n,r)&&Je(e,r,n[r]);return e}function $n(e){let t=e?.target??"draft-2020-12";return t==="draft-4"&&(t="draft-04"),t==="draft-7"&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??Xe,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function Ze(e,t,n,r,i){let o=typeof t.unrepresentable=="function"?t.unrepresentable({zodSchema:e,path:r.path,message:i}):t.unrepresentable;if(o==="any")return!1;if(o===void 0||o==="throw")throw new Error(i);return Object.assign(n,o),!0}function Pe(e,t,n={path:[],schemaPath:[]}){var r;let i=e._zod.def,o=t.seen.get(e);if(o)return o.count++,n.schemaPath.includes(e)&&(o.cycle=n.path),o.schema;let s={schema:{},count:1,cycle:void 0,path:n.path};t.seen.set(e,s),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;let a=e._zod.toJSONSchema?.();if(a)s.schema=a;else{let l={...n,schemaPath:[...n.schemaPath,e],path:n.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,s.schema,l);else{let p=s.schema,m=t.processors[i.type];if(!m)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);m(e,t,p,l)}let f=e._zod.parent;f&&(s.ref||(s.ref=f),Pe(f,t,l),t.seen.get(f).isParent=!0)}let c=t.metadataRegistry.get(e);return c&&Qi(s.schema,c),t.io==="input"&&ut(e)&&(delete s.schema.examples,delete s.schema.default),t.io==="input"&&"_prefault"in s.schema&&((r=s.schema).default??(r.default=s.schema._prefault)),delete s.schema._prefault,t.seen.get(e).schema}function N1(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function An(e,t){let n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;let r=new Map;for(let s of e.seen.entries()){let a=e.metadataRegistry.get(s[0])?.id;if(a){let c=r.get(a);if(c&&c!==s[0])throw new Error(`Duplicate schema id "${a}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);r.set(a,s[0])}}let i=s=>{let a=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){let f=e.external.registry.get(s[0])?.id,p=e.external.uri??(b=>b);if(f)return{ref:p(f)};let m=s[1].defId??s[1].schema.id??`schema${e.counter++}`;return s[1].defId=m,{defId:m,ref:`${p("__shared")}#/${a}/${N1(m)}`}}let c="#",u=`${c}/${a}/`;if(s[1]===n&&!s[1].schema.id)return{ref:c};let l=s[1].schema.id??`__schema${e.counter++}`;return{defId:l,ref:u+N1(l)}},o=s=>{if(s[1].schema.$ref)return;let a=s[1],{ref:c,defId:u}=i(s);a.def={...a.schema},u&&(a.defId=u);let l=a.schema;for(let f in l)delete l[f];l.$ref=c};if(e.cycles==="throw")for(let s of e.seen.entries()){let a=s[1];if(a.cycle)throw new Error(`Cycle detected: #/${a.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(let s of e.seen.entries()){let a=s[1];if(t===s[0]){o(s);continue}if(e.external){let u=e.external.registry.get(s[0])?.id;if(t!==s[0]&&u){o(s);continue}}if(e.metadataRegistry.get(s[0])?.id){o(s);continue}if(a.cycle){o(s);continue}a.count>1&&e.reused==="ref"&&o(s)}e.external&&(e.sharedDefsExtractedFor=e.external)}function M1(e){let t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==void 0)return;let n=[];for(let r of t){if(!r||typeof r!="object")return;M1(r);let i=Object.keys(r);if(i.length!==1||i[0]!=="type")return;let o=r.type;for(let s of Array.isArray(o)?o:[o]){if(typeof s!="string")return;n.includes(s)||n.push(s)}}delete e.anyOf,e.type=n.length===1?n[0]:n}var z1=new Set(["type","properties","required","additionalProperties"]),F1=["oneOf","anyOf"];function D1(e){let t=e.additionalProperties;return t===void 0||t===!1||typeof t!="object"||t===null?null:Object.keys(t).length?t:null}function ip(e){let t=[];for(let o of e){if(typeof o!="object"||o.type!=="object")return null;for(let s in o)if(!z1.has(s))return null;t.push(o)}let n={},r=new Set;for(let o of t){for(let s in o.properties){if(Object.prototype.hasOwnProperty.call(n,s))continue;let a=[];for(let u of t){let l=u.properties?.[s]??D1(u);l!=null&&(a.some(f=>JSON.stringify(f)===JSON.stringify(l))||a.push(l))}let c=a.length===1?a[0]:ip(a)??{allOf:a};Je(n,s,c)}for(let s of o.required??[])r.add(s)}let i={type:"object",properties:n};if(r.size&&(i.required=[...r]),t.every(o=>o.additionalProperties===!1))i.additionalProperties=!1;else{let o=[];for(let s of t){let a=D1(s);a&&!o.some(c=>JSON.stringify(c)===JSON.stringify(a))&&o.push(a)}o.length===1?i.additionalProperties=o[0]:o.length>1&&(i.additionalProperties={allOf:o})}return i}function _A(e){let t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(let i of z1)if(i in e)return;let n=t.filter(i=>F1.some(o=>Array.isArray(i[o]))),r=null;if(!n.length)r=ip(t);else{let i=n[0],o=F1.find(c=>Array.isArray(i[c]));if(Object.keys(i).length!==1)return;let s=t.filter(c=>c!==i),a=i[o].map(c=>ip([...s,c]));if(a.some(c=>!c))return;r={[o]:a}}r&&(delete e.allOf,Qi(e,r))}function Sn(e,t){let n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");let r=a=>{let c=e.seen.get(a);if(c.ref===null)return;let u=c.def??c.schema,l={...u},f=c.ref;if(c.ref=null,f){r(f);let m=e.seen.get(f),b=m.schema;if(b.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")?(u.allOf=u.allOf??[],u.allOf.push(b)):Qi(u,b),Qi(u,l),a._zod.parent===f)for(let w in u)w==="$ref"||w==="allOf"||w in l||delete u[w];if(b.$ref&&m.def)for(let w in u)w==="$ref"||w==="allOf"||w in m.def&&JSON.stringify(u[w])===JSON.stringify(m.def[w])&&delete u[w]}let p=a._zod.parent;if(p&&p!==f){r(p);let m=e.seen.get(p);if(m?.schema.$ref&&(u.$ref=m.schema.$ref,m.def))for(let b in u)b==="$ref"||b==="allOf"||b in m.def&&JSON.stringify(u[b])===JSON.stringify(m.def[b])&&delete u[b]}e.override({zodSchema:a,jsonSchema:u,path:c.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(let a of[...e.seen.entries()].reverse())r(a[0]);if(e.target!=="openapi-3.0")for(let a of e.seen.entries())M1(a[1].def??a[1].schema);for(let a of e.deferred)a();if(e.intersections.length){let a=new Map;for(let c of e.seen.values())for(let u of[c.schema,c.def]){let l=u?.allOf;if(!Array.isArray(l))continue;let f=a.get(l);f?f.push(u):a.set(l,[u])}for(let c of e.intersections)for(let u of a.get(c)??[])_A(u)}}let i={};if(e.target==="draft-2020-12"?i.$schema="https://json-schema.org/draft/2020-12/schema":e.target==="draft-07"?i.$schema="http://json-schema.org/draft-07/schema#":e.target==="draft-04"?i.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){let a=e.external.registry.get(t)?.id;if(!a)throw new Error("Schema is missing an `id` property");i.$id=e.external.uri(a)}Qi(i,n.defId?n.schema:n.def??n.schema);let o=e.metadataRegistry.get(t)?.id;o!==void 0&&i.id===o&&delete i.id;let s=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(let a of e.seen.entries()){let c=a[1];c.def&&c.defId&&(c.def.id===c.defId&&delete c.def.id,Je(s,c.defId,c.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(s).length>0&&(e.target==="draft-2020-12"?i.$defs=s:i.definitions=s);try{let a=JSON.parse(JSON.stringify(i));return Object.defineProperty(a,"~standard",{value:{...t["~standard"],jsonSchema:{input:Lr(t,"input",e.processors),output:Lr(t,"output",e.processors)}},enumerable:!1,writable:!1}),a}catch{throw new Error("Error converting schema to JSON.")}}function ut(e,t){let n=t??{seen:new Set};if(n.seen.has(e))return!1;n.seen.add(e);let r=e._zod.def;if(r.type==="transform")return!0;if(r.type==="array")return ut(r.element,n);if(r.type==="set")return ut(r.valueType,n);if(r.type==="lazy")return ut(r.getter(),n);if(r.type==="promise"||r.type==="optional"||r.type==="nonoptional"||r.type==="nullable"||r.type==="readonly"||r.type==="default"||r.type==="prefault"||r.type==="catch")return ut(r.innerType,n);if(r.type==="intersection")return ut(r.left,n)||ut(r.right,n);if(r.type==="record"||r.type==="map")return ut(r.keyType,n)||ut(r.valueType,n);if(r.type==="pipe")return e._zod.traits.has("$ZodCodec")?!0:ut(r.in,n)||ut(r.out,n);if(r.type==="object"){for(let i in r.shape)if(ut(r.shape[i],n))return!0;return!1}if(r.type==="union"){for(let i of r.options)if(ut(i,n))return!0;return!1}if(r.type==="tuple"){for(let i of r.items)if(ut(i,n))return!0;return!!(r.rest&&ut(r.rest,n))}return!1}var op=(e,t={})=>n=>{let r=$n({...n,processors:t});return Pe(e,r),An(r,e),Sn(r,e)},Lr=(e,t,n={})=>r=>{let{libraryOptions:i,target:o}=r??{},s=$n({...i??{},target:o,io:t,processors:n});return Pe(e,s),An(s,e),Sn(s,e)};var qr=(e,t,n)=>{(e[t]===void 0||n>e[t])&&(e[t]=n)},Ur=(e,t,n)=>{(e[t]===void 0||n<e[t])&&(e[t]=n)},L1=(e,t)=>{qr(e,"minimum",t),Ur(e,"maximum",t)},B1=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},Z1=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},V1=(e,t)=>{e.mime=e.mime?e.mime.filter(n=>t.includes(n)):[...t]},G1=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},q1=(e,t)=>qr(e,"minimum",t.minimum),U1=(e,t)=>Ur(e,"maximum",t.maximum),j1=e=>(t,n)=>{G1(t,n.format);let[r,i]=e[n.format];qr(t,"minimum",r),Ur(t,"maximum",i)},$A={greater_than:(e,t)=>qr(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>Ur(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>B1(e,t.value),number_format:j1(xi),bigint_format:j1(ki),min_length:q1,max_length:U1,length_equals:(e,t)=>L1(e,t.length),min_size:q1,max_size:U1,size_equals:(e,t)=>L1(e,t.size),string_format:(e,t)=>{G1(e,t.format),t.pattern&&Z1(e,t.pattern),(t.format==="base64"||t.format==="base64url")&&(e.contentEncoding=t.format),(t.local||t.precision===-1)&&(e.laxFormat=!0)},mime_type:(e,t)=>V1(e,t.mime)};function Ve(e){let t={},n=e._zod.def,r=e._zod.traits.has("$ZodCheck")?[e,...n.checks??[]]:n.checks??[];for(let o of r)$A[o._zod.def.check]?.(t,o._zod.def);let i=e._zod.bag;i.minimum!==void 0&&qr(t,"minimum",i.minimum),i.exclusiveMinimum!==void 0&&qr(t,"exclusiveMinimum",i.exclusiveMinimum),i.maximum!==void 0&&Ur(t,"maximum",i.maximum),i.exclusiveMaximum!==void 0&&Ur(t,"exclusiveMaximum",i.exclusiveMaximum),i.multipleOf!==void 0&&B1(t,i.multipleOf),i.format!==void 0&&(t.format??(t.format=i.format),i.format.includes("int")&&(t.isInt=!0)),i.mime&&V1(t,i.mime);for(let o of i.patterns??[])Z1(t,o);return t}var AA={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},SA=new Map([[Ps,ll],[Li,dl]]),K1=e=>SA.get(e)??e,up=(e,t,n,r)=>{let i=n;i.type="string";let{minimum:o,maximum:s,format:a,patterns:c,contentEncoding:u,laxFormat:l}=Ve(e);if(typeof o=="number"&&(i.minLength=o),typeof s=="number"&&(i.maxLength=s),a&&(i.format=AA[a]??a,i.format===""&&delete i.format,(a==="time"||l)&&delete i.format),u&&(i.contentEncoding=u),c&&c.size>0){let f=[...c].map(K1);f.length===1?i.pattern=f[0].source:f.length>1&&(i.allOf=[...f.map(p=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:p.source}))])}},cp=(e,t,n,r)=>{let i=n,{minimum:o,maximum:s,multipleOf:a,exclusiveMaximum:c,exclusiveMinimum:u,isInt:l}=Ve(e);i.type=l?"integer":"number";let f=typeof u=="number"&&u>=(o??Number.NEGATIVE_INFINITY),p=typeof c=="number"&&c<=(s??Number.POSITIVE_INFINITY),m=t.target==="draft-04"||t.target==="openapi-3.0";if(f?m?(i.minimum=u,i.exclusiveMinimum=!0):i.exclusiveMinimum=u:typeof o=="number"&&(i.minimum=o),p?m?(i.maximum=c,i.exclusiveMaximum=!0):i.exclusiveMaximum=c:typeof s=="number"&&(i.maximum=s),a){let b=new Set;for(let v of a)Number.isFinite(v)&&v!==0?b.add(Math.abs(v)):Ze(e,t,i,r,`A multipleOf divisor of ${v} cannot be represented in JSON Schema`);let[g,...w]=b;g!==void 0&&(i.multipleOf=g),w.length&&(i.allOf=[...i.allOf??[],...w.map(v=>({multipleOf:v}))])}},lp=(e,t,n,r)=>{n.type="boolean"},dp=(e,t,n,r)=>{Ze(e,t,n,r,"BigInt cannot be represented in JSON Schema")},fp=(e,t,n,r)=>{Ze(e,t,n,r,"Symbols cannot be represented in JSON Schema")},pp=(e,t,n,r)=>{t.target==="openapi-3.0"?(n.type="string",n.nullable=!0,n.enum=[null]):n.type="null"},mp=(e,t,n,r)=>{Ze(e,t,n,r,"Undefined cannot be represented in JSON Schema")},hp=(e,t,n,r)=>{Ze(e,t,n,r,"Void cannot be represented in JSON Schema")},gp=(e,t,n,r)=>{n.not={}},bp=(e,t,n,r)=>{},yp=(e,t,n,r)=>{},vp=(e,t,n,r)=>{Ze(e,t,n,r,"Date cannot be represented in JSON Schema")},wp=(e,t,n,r)=>{let i=e._zod.def,o=fr(i.entries);if(o.length===0){n.not={};return}o.every(s=>typeof s=="number")&&(n.type="number"),o.every(s=>typeof s=="string")&&(n.type="string"),n.enum=o},xp=(e,t,n,r)=>{let i=e._zod.def;if(i.values.length===0){n.not={};return}let o=[];for(let s of i.values)if(s===void 0){if(Ze(e,t,n,r,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof s=="bigint"){if(Ze(e,t,n,r,"BigInt literals cannot be represented in JSON Schema"))return;o.push(Number(s))}else o.push(s);if(o.length!==0)if(o.length===1){let s=o[0];n.type=s===null?"null":typeof s,t.target==="draft-04"||t.target==="openapi-3.0"?n.enum=[s]:n.const=s}else o.every(s=>typeof s=="number")&&(n.type="number"),o.every(s=>typeof s=="string")&&(n.type="string"),o.every(s=>typeof s=="boolean")&&(n.type="boolean"),o.every(s=>s===null)&&(n.type="null"),n.enum=o},kp=(e,t,n,r)=>{Ze(e,t,n,r,"NaN cannot be represented in JSON Schema")},_p=(e,t,n,r)=>{let i=n,o=e._zod.pattern;if(!o)throw new Error("Pattern not found in template literal");i.type="string",i.pattern=o.source},$p=(e,t,n,r)=>{let i=n;i.type="string",i.format="binary",i.contentEncoding="binary";let{minimum:o,maximum:s,mime:a}=Ve(e);o!==void 0&&(i.minLength=o),s!==void 0&&(i.maxLength=s),a&&(a.length===0?i.not={}:a.length===1?i.contentMediaType=a[0]:i.anyOf=a.map(c=>({contentMediaType:c})))},Ap=(e,t,n,r)=>{n.type="boolean"},Sp=(e,t,n,r)=>{Ze(e,t,n,r,"Custom types cannot be represented in JSON Schema")},Rp=(e,t,n,r)=>{Ze(e,t,n,r,"Function types cannot be represented in JSON Schema")},Ip=(e,t,n,r)=>{Ze(e,t,n,r,"Transforms cannot be represented in JSON Schema")},Pp=(e,t,n,r)=>{Ze(e,t,n,r,"Map cannot be represented in JSON Schema")},Ep=(e,t,n,r)=>{Ze(e,t,n,r,"Set cannot be represented in JSON Schema")},Tp=(e,t,n,r)=>{let i=n,o=e._zod.def,{minimum:s,maximum:a}=Ve(e);typeof s=="number"&&(i.minItems=s),typeof a=="number"&&(i.maxItems=a),i.type="array",i.items=Pe(o.element,t,{...r,path:[...r.path,"items"]})};function eo(e){let t=e._zod.def;return t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")?eo(t.out):t.type==="catch"?eo(t.innerType):e._zod.optin}var Op=(e,t,n,r)=>{let i=n,o=e._zod.def,s=o.shape;if(Object.getOwnPropertySymbols(s).length&&Ze(e,t,i,r,"Symbol keys cannot be represented in JSON Schema"))return;i.type="object",i.properties={};for(let u in s)Je(i.properties,u,Pe(s[u],t,{...r,path:[...r.path,"properties",u]}));let c=[];for(let u of Object.keys(s)){let l=o.shape[u];(t.io==="input"?eo(l)===void 0:l._zod.optout===void 0)&&c.push(u)}c.length>0&&(i.required=c),o.catchall?._zod.def.type==="never"?i.additionalProperties=!1:o.catchall?o.catchall&&(i.additionalProperties=Pe(o.catchall,t,{...r,path:[...r.path,"additionalProperties"]})):t.io==="output"&&(i.additionalProperties=!1)},$a=(e,t,n,r)=>{let i=e._zod.def,o=i.inclusive===!1,s=i.options.map((a,c)=>Pe(a,t,{...r,path:[...r.path,o?"oneOf":"anyOf",c]}));o?n.oneOf=s:n.anyOf=s},Cp=(e,t,n,r)=>{let i=e._zod.def,o=Pe(i.left,t,{...r,path:[...r.path,"allOf",0]}),s=Pe(i.right,t,{...r,path:[...r.path,"allOf",1]}),a=u=>"allOf"in u&&Object.keys(u).length===1,c=[...a(o)?o.allOf:[o],...a(s)?s.allOf:[s]];n.allOf=c,t.intersections.push(c)},Np=(e,t,n,r)=>{let i=n,o=e._zod.def;i.type="array";let s=t.target==="draft-2020-12"?"prefixItems":"items",a=t.target==="draft-2020-12"||t.target==="openapi-3.0"?"items":"additionalItems",c=o.items.map((g,w)=>Pe(g,t,{...r,path:[...r.path,s,w]})),u=o.rest?Pe(o.rest,t,{...r,path:[...r.path,a,...t.target==="openapi-3.0"?[o.items.length]:[]]}):null,l=o.items.length;for(;l>0;){let g=o.items[l-1];if(!(t.io==="input"?eo(g)!==void 0:g._zod.optout==="optional"))break;l--}let f=o.items.length,p=!o.rest;t.target==="draft-2020-12"?(i.prefixItems=c,p?i.items=!1:u&&(i.items=u),l>0&&(i.minItems=l),p&&(i.maxItems=f)):t.target==="openapi-3.0"?(i.items={anyOf:c},u&&i.items.anyOf.push(u),l>0&&(i.minItems=l),p&&(i.maxItems=f)):(i.items=c,p?i.additionalItems=!1:u&&(i.additionalItems=u),l>0&&(i.minItems=l),p&&(i.maxItems=f));let{minimum:m,maximum:b}=Ve(e);typeof m=="number"&&(i.minItems=m),typeof b=="number"&&(i.maxItems=b)};function sp(e,t,n){if(t.$ref){if(n.has(t))return t;n.add(t);let b=e.get(t)?.def;if(!b)return t;let g=sp(e,b,n);return g===b?t:g}for(let b of["anyOf","oneOf"]){let g=t[b];if(!Array.isArray(g))continue;let w=g.map(v=>sp(e,v,n));w.some((v,y)=>v!==g[y])&&(t={...t,[b]:w})}let r=Array.isArray(t.type)?t.type:[t.type],i=!r.includes("string")&&r.some(b=>b==="number"||b==="integer"),o=t.enum??(t.const!==void 0?[t.const]:void 0);if(!i&&!o?.some(b=>typeof b=="number"))return t;let{minimum:s,maximum:a,exclusiveMinimum:c,exclusiveMaximum:u,multipleOf:l,format:f,id:p,...m}=t;return m.enum?m.enum=m.enum.map(b=>typeof b=="number"?String(b):b):typeof m.const=="number"&&(m.const=String(m.const)),i&&(m.type="string",o||(m.pattern=(r.includes("number")?sn:Oi).source)),m}var ap=new WeakMap;function RA(e){let t=new Map;for(let r of e.seen.values())r.def&&!t.has(r.schema)&&t.set(r.schema,r);let n=new Map;for(let r of ap.get(e)??[]){let i=e.seen.get(r),o=(i?.def??i?.schema)?.propertyNames;if(!o||o===!0||n.has(o))continue;let s=sp(t,o,new Set);s!==o&&n.set(o,s)}if(n.size)for(let r of e.seen.values())for(let i of[r.schema,r.def]){let o=i&&n.get(i.propertyNames);o&&(i.propertyNames=o)}}var Fp=(e,t,n,r)=>{let i=n,o=e._zod.def;i.type="object";let s=o.keyType,a=Ve(s).patterns;if(o.mode==="loose"&&a&&a.size>0){let l=Pe(o.valueType,t,{...r,path:[...r.path,"patternProperties","*"]});i.patternProperties={};for(let f of a)Je(i.patternProperties,K1(f).source,l)}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){i.propertyNames=Pe(o.keyType,t,{...r,path:[...r.path,"propertyNames"]});let l=ap.get(t);l||(l=[],ap.set(t,l),t.deferred.push(()=>RA(t))),l.push(e)}i.additionalProperties=Pe(o.valueType,t,{...r,path:[...r.path,"additionalProperties"]})}let c=s._zod.values,u=t.io==="input"&&eo(o.valueType)!==void 0;if(c&&!o.partial&&!u){let l=[...c].filter(f=>typeof f=="string"||typeof f=="number");l.length>0&&(i.required=l.map(String))}},Dp=(e,t,n,r)=>{let i=e._zod.def,o=Pe(i.innerType,t,r),s=t.seen.get(e);t.target==="openapi-3.0"?(s.ref=i.innerType,n.nullable=!0):n.anyOf=[o,{type:"null"}]},Mp=(e,t,n,r)=>{let i=e._zod.def;Pe(i.innerType,t,r);let o=t.seen.get(e);o.ref=i.innerType},zp=Symbol();function H1(e,t,n,r,i){let o=!1,s=JSON.stringify(e,(a,c)=>typeof c!="bigint"?c:(o=!0,null));return o?(Ze(t,n,r,i,"BigInt defaults cannot be represented in JSON Schema"),zp):JSON.parse(s)}var Lp=(e,t,n,r)=>{let i=e._zod.def;Pe(i.innerType,t,r);let o=t.seen.get(e);o.ref=i.innerType;let s=H1(i.defaultValue,e,t,n,r);s!==zp&&(n.default=s)},qp=(e,t,n,r)=>{let i=e._zod.def;Pe(i.innerType,t,r);let o=t.seen.get(e);if(o.ref=i.innerType,t.io!=="input")return;let s=H1(i.defaultValue,e,t,n,r);s!==zp&&(n._prefault=s)},Up=(e,t,n,r)=>{let i=e._zod.def;Pe(i.innerType,t,r);let o=t.seen.get(e);o.ref=i.innerType;let s;try{s=i.catchValue(void 0)}catch{Ze(e,t,n,r,"Dynamic catch values are not supported in JSON Schema");return}n.default=s},jp=(e,t,n,r)=>{let i=e._zod.def,o=i.in._zod.traits.has("$ZodTransform"),s=t.io==="input"?o?i.out:i.in:i.out;Pe(s,t,r);let a=t.seen.get(e);a.ref=s},Bp=(e,t,n,r)=>{let i=e._zod.def;Pe(i.innerType,t,r);let o=t.seen.get(e);o.ref=i.innerType,n.readOnly=!0},Zp=(e,t,n,r)=>{let i=e._zod.def;Pe(i.innerType,t,r);let o=t.seen.get(e);o.ref=i.innerType},Aa=(e,t,n,r)=>{let i=e._zod.def;Pe(i.innerType,t,r);let o=t.seen.get(e);o.ref=i.innerType},Vp=(e,t,n,r)=>{let i=e._zod.innerType;Pe(i,t,r);let o=t.seen.get(e);o.ref=i},_a={string:up,number:cp,boolean:lp,bigint:dp,symbol:fp,null:pp,undefined:mp,void:hp,never:gp,any:bp,unknown:yp,date:vp,enum:wp,literal:xp,nan:kp,template_literal:_p,file:$p,success:Ap,custom:Sp,function:Rp,transform:Ip,map:Pp,set:Ep,array:Tp,object:Op,union:$a,intersection:Cp,tuple:Np,record:Fp,nullable:Dp,nonoptional:Mp,default:Lp,prefault:qp,catch:Up,pipe:jp,readonly:Bp,promise:Zp,optional:Aa,lazy:Vp};function Sa(e,t){if("_idmap"in e){let r=e,i=$n({...t,processors:_a}),o={};for(let c of r._idmap.entries()){let[u,l]=c;Pe(l,i)}let s={},a={registry:r,uri:t?.uri,defs:o};i.external=a;for(let c of r._idmap.entries()){let[u,l]=c;An(i,l),Je(s,u,Sn(i,l))}if(Object.keys(o).length>0){let c=i.target==="draft-2020-12"?"$defs":"definitions";s.__shared={[c]:o}}return{schemas:s}}let n=$n({...t,processors:_a});return Pe(e,n),An(n,e),Sn(n,e)}var Ra=class{get metadataRegistry(){return this.ctx.metadataRegistry}get target(){return this.ctx.target}get unrepresentable(){return this.ctx.unrepresentable}get override(){return this.ctx.override}get io(){return this.ctx.io}get counter(){return this.ctx.counter}set counter(t){this.ctx.counter=t}get seen(){return this.ctx.seen}constructor(t){let n=t?.target??"draft-2020-12";n==="draft-4"&&(n="draft-04"),n==="draft-7"&&(n="draft-07"),this.ctx=$n({processors:_a,target:n,...t?.metadata&&{metadata:t.metadata},...t?.unrepresentable&&{unrepresentable:t.unrepresentable},...t?.override&&{override:t.override},...t?.io&&{io:t.io}})}process(t,n={path:[],schemaPath:[]}){return Pe(t,this.ctx,n)}emit(t,n){n&&(n.cycles&&(this.ctx.cycles=n.cycles),n.reused&&(this.ctx.reused=n.reused),n.external&&(this.ctx.external=n.external)),this.ctx.sharedDefsExtractedFor=void 0,this.ctx.sharedEmitDoneFor=void 0,An(this.ctx,t);let r=Sn(this.ctx,t),{"~standard":i,...o}=r;return o}};var W1={};var Wr={};Yt(Wr,{ZodAny:()=>pm,ZodArray:()=>bm,ZodBase64:()=>Ga,ZodBase64URL:()=>Ka,ZodBigInt:()=>Kr,ZodBigIntFormat:()=>Ja,ZodBoolean:()=>Gr,ZodCIDRv4:()=>Za,ZodCIDRv6:()=>Va,ZodCUID:()=>Ma,ZodCUID2:()=>za,ZodCatch:()=>zm,ZodCodec:()=>lo,ZodCreditCard:()=>om,ZodCustom:()=>fo,ZodCustomStringFormat:()=>tr,ZodDate:()=>io,ZodDefault:()=>Om,ZodDiscriminatedUnion:()=>vm,ZodE164:()=>Ha,ZodEmail:()=>Ca,ZodEmoji:()=>Fa,ZodEnum:()=>Br,ZodExactOptional:()=>eu,ZodFile:()=>Im,ZodFunction:()=>Hm,ZodGUID:()=>Na,ZodIBAN:()=>sm,ZodIPv4:()=>ja,ZodIPv6:()=>Ba,ZodISODate:()=>In,ZodISODateTime:()=>Rn,ZodISODuration:()=>En,ZodISOTime:()=>Pn,ZodInstanceOf:()=>Xm,ZodIntersection:()=>wm,ZodJWT:()=>Wa,ZodKSUID:()=>Ua,ZodLazy:()=>Vm,ZodLiteral:()=>Rm,ZodMAC:()=>im,ZodMap:()=>Am,ZodNaN:()=>qm,ZodNanoID:()=>Da,ZodNever:()=>hm,ZodNonOptional:()=>tu,ZodNull:()=>dm,ZodNullable:()=>Tm,ZodNumber:()=>Vr,ZodNumberFormat:()=>nr,ZodObject:()=>so,ZodOptional:()=>uo,ZodPipe:()=>co,ZodPrefault:()=>Nm,ZodPreprocess:()=>Um,ZodPromise:()=>Km,ZodReadonly:()=>jm,ZodRecord:()=>jr,ZodSet:()=>Sm,ZodString:()=>Zr,ZodStringFormat:()=>Ee,ZodSuccess:()=>Mm,ZodSymbol:()=>cm,ZodTemplateLiteral:()=>Zm,ZodTransform:()=>Pm,ZodTuple:()=>km,ZodType:()=>ge,ZodULID:()=>La,ZodURL:()=>ro,ZodUUID:()=>Wt,ZodUndefined:()=>lm,ZodUnion:()=>ao,ZodUnknown:()=>mm,ZodVoid:()=>gm,ZodXID:()=>qa,ZodXor:()=>ym,_ZodString:()=>Oa,_default:()=>Cm,_function:()=>a2,any:()=>zb,array:()=>oo,base64:()=>yb,base64url:()=>vb,bigint:()=>Cb,boolean:()=>um,catch:()=>Lm,check:()=>u2,cidrv4:()=>gb,cidrv6:()=>bb,codec:()=>r2,creditCard:()=>xb,cuid:()=>ub,cuid2:()=>cb,currencyCode:()=>Rb,custom:()=>c2,date:()=>qb,describe:()=>l2,discriminatedUnion:()=>Gb,e164:()=>wb,email:()=>Y1,emoji:()=>sb,enum:()=>Ya,exactOptional:()=>Em,file:()=>Qb,float32:()=>Pb,float64:()=>Eb,function:()=>a2,guid:()=>Q1,hash:()=>Ib,hex:()=>Sb,hostname:()=>Ab,httpUrl:()=>ob,iban:()=>kb,instanceof:()=>f2,int:()=>Ea,int32:()=>Tb,int64:()=>Nb,intersection:()=>xm,invertCodec:()=>i2,ipv4:()=>pb,ipv6:()=>hb,json:()=>m2,jwt:()=>_b,keyof:()=>Ub,ksuid:()=>fb,lazy:()=>Gm,literal:()=>Yb,looseObject:()=>Zb,looseRecord:()=>Hb,mac:()=>mb,map:()=>Wb,meta:()=>d2,nan:()=>n2,nanoid:()=>ab,nativeEnum:()=>Xb,never:()=>Xa,nonoptional:()=>Dm,null:()=>fm,nullable:()=>no,nullish:()=>e2,number:()=>am,object:()=>jb,optional:()=>Qn,partialRecord:()=>Kb,pipe:()=>Ta,prefault:()=>Fm,preprocess:()=>h2,promise:()=>s2,readonly:()=>Bm,record:()=>$m,refine:()=>Wm,set:()=>Jb,strictObject:()=>Bb,string:()=>to,stringFormat:()=>$b,stringbool:()=>p2,success:()=>t2,superRefine:()=>Jm,symbol:()=>Db,templateLiteral:()=>o2,transform:()=>Qa,tuple:()=>_m,uint32:()=>Ob,uint64:()=>Fb,ulid:()=>lb,undefined:()=>Mb,union:()=>Hr,unknown:()=>Yn,url:()=>ib,uuid:()=>eb,uuidv4:()=>tb,uuidv6:()=>nb,uuidv7:()=>rb,void:()=>Lb,xid:()=>db,xor:()=>Vb});var Ia={};Yt(Ia,{endsWith:()=>Tr,gt:()=>Kt,gte:()=>Rt,includes:()=>Pr,length:()=>Jn,lowercase:()=>Rr,lt:()=>Gt,lte:()=>St,maxLength:()=>Wn,maxSize:()=>_n,mime:()=>Cr,minLength:()=>an,minSize:()=>Ht,multipleOf:()=>kn,negative:()=>va,nonnegative:()=>xa,nonpositive:()=>wa,normalize:()=>Nr,overwrite:()=>qt,positive:()=>ya,properties:()=>Or,property:()=>ka,regex:()=>Sr,size:()=>Hn,slugify:()=>zr,startsWith:()=>Er,toLowerCase:()=>Dr,toUpperCase:()=>Mr,trim:()=>Fr,uppercase:()=>Ir});var J1=new WeakSet([Object.prototype,Error.prototype]);function Pa(e,t,n){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){let r=n(this);return Object.defineProperty(this,t,{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,t,{value:r,configurable:!0,writable:!0})}})}var X1=(e,t)=>{Zc.init(e,t),e.name="ZodError";let n=Object.getPrototypeOf(e);J1.has(n)||(J1.add(n),Pa(n,"format",r=>i=>Ii(r,i)),Pa(n,"flatten",r=>i=>Ri(r,i)),Pa(n,"addIssue",r=>i=>{r.issues.push(i),r.message=JSON.stringify(r.issues,pr,2)}),Pa(n,"addIssues",r=>i=>{r.issues.push(...i),r.message=JSON.stringify(r.issues,pr,2)}),Object.defineProperty(n,"isEmpty",{configurable:!0,enumerable:!1,get(){return this.issues.length===0}}))},PA=x("ZodError",X1),vt=x("ZodError",X1,void 0,{Parent:Error});var Gp=yr(vt),Kp=vr(vt),Hp=wr(vt),Wp=xr(vt),Jp=ss(vt),Xp=as(vt),Yp=us(vt),Qp=cs(vt),em=ls(vt),tm=ds(vt),nm=fs(vt),rm=ps(vt);function TA(){Ke.localeError||Le(Vs())}function er(){Ke.memoizer||Le({memoizer:Gi()})}var ge=x("ZodType",(e,t)=>(TA(),me.init(e,t),e.def=t,e.type=t.type,e),{check(...e){let t=this.def;return this.clone(W.mergeDefs(t,{checks:[...t.checks??[],...e.map(n=>typeof n=="function"?{_zod:{check:n,def:{check:"custom"},onattach:[]}}:n)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return Re(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(Wm(e,t))},superRefine(e,t){return this.check(Jm(e,t))},overwrite(e){return this.check(qt(e))},optional(){return Qn(this)},exactOptional(){return Em(this)},nullable(){return no(this)},nullish(){return Qn(no(this))},nonoptional(e){return Dm(this,e)},array(){return oo(this)},or(e){return Hr([this,e])},and(e){return xm(this,e)},transform(e){return Ta(this,Qa(e))},default(e){return Cm(this,e)},prefault(e){return Fm(this,e)},catch(e){return Lm(this,e)},pipe(e){return Ta(this,e)},readonly(){return Bm(this)},describe(e){let t=this.clone();return Xe.add(t,{description:e}),t},meta(...e){if(e.length===0)return Xe.get(this);let t=this.clone();return Xe.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return W.hide(this,"~standard",{...$s(this),jsonSchema:{input:Lr(this,"input"),output:Lr(this,"output")}})},set"~standard"(e){W.own(this,"~standard",e)},parse:function e(t,n){return Gp(this,t,n,{callee:e})},parseAsync:async function e(t,n){return await Kp(this,t,n,{callee:e})},safeParse(e,t){return Hp(this,e,t)},async safeParseAsync(e,t){return Wp(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){W.own(this,"spa",e)},validate(e,t){return Pi(this,e,t)},validateAsync(e,t){return Ei(this,e,t)},encode:function e(t,n){return Jp(this,t,n,{callee:e})},decode:function e(t,n){return Xp(this,t,n,{callee:e})},encodeAsync:async function e(t,n){return await Yp(this,t,n,{callee:e})},decodeAsync:async function e(t,n){return await Qp(this,t,n,{callee:e})},safeEncode(e,t){return em(this,e,t)},safeDecode(e,t){return tm(this,e,t)},async safeEncodeAsync(e,t){return nm(this,e,t)},async safeDecodeAsync(e,t){return rm(this,e,t)},toJSONSchema(e){return op(this,{})(e)},get description(){return Xe.get(this)?.description},get _def(){return this._zod.def}}),Oa=x("_ZodString",(e,t)=>{Zn.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>up(e,n,r,i)},W.derived({format:e=>Ve(e).format??null,minLength:e=>Ve(e).minimum??null,maxLength:e=>Ve(e).maximum??null},{regex(...e){return this.check(Sr(...e))},includes(...e){return this.check(Pr(...e))},startsWith(...e){return this.check(Er(...e))},endsWith(...e){return this.check(Tr(...e))},min(...e){return this.check(an(...e))},max(...e){return this.check(Wn(...e))},length(...e){return this.check(Jn(...e))},nonempty(...e){return this.check(an(1,...e))},lowercase(e){return this.check(Rr(e))},uppercase(e){return this.check(Ir(e))},trim(){return this.check(Fr())},normalize(...e){return this.check(Nr(...e))},toLowerCase(){return this.check(Dr())},toUpperCase(){return this.check(Mr())},slugify(){return this.check(zr())}})),Zr=x("ZodString",(e,t)=>{Zn.init(e,t),Oa.init(e,t)},{email(e){return this.check(Xs(Ca,e))},url(e){return this.check(Hi(ro,e))},jwt(e){return this.check(ba(Wa,e))},emoji(e){return this.check(ra(Fa,e))},guid(e){return this.check(Ys(Na,e))},uuid(e){return this.check(Qs(Wt,e))},uuidv4(e){return this.check(ea(Wt,e))},uuidv6(e){return this.check(ta(Wt,e))},uuidv7(e){return this.check(na(Wt,e))},nanoid(e){return this.check(ia(Da,e))},cuid(e){return this.check(oa(Ma,e))},cuid2(e){return this.check(sa(za,e))},ulid(e){return this.check(aa(La,e))},base64(e){return this.check(ma(Ga,e))},base64url(e){return this.check(ha(Ka,e))},xid(e){return this.check(ua(qa,e))},ksuid(e){return this.check(ca(Ua,e))},ipv4(e){return this.check(la(ja,e))},ipv6(e){return this.check(da(Ba,e))},cidrv4(e){return this.check(fa(Za,e))},cidrv6(e){return this.check(pa(Va,e))},e164(e){return this.check(ga(Ha,e))},datetime(e){return this.check(Wi(Rn,e))},date(e){return this.check(Ji(In,e))},time(e){return this.check(Xi(Pn,e))},duration(e){return this.check(Yi(En,e))}});function to(e){return xf(Zr,e)}var Ee=x("ZodStringFormat",(e,t)=>{Ie.init(e,t),Oa.init(e,t)}),Rn=x("ZodISODateTime",(e,t)=>{ld.init(e,t),Ee.init(e,t)}),In=x("ZodISODate",(e,t)=>{dd.init(e,t),Ee.init(e,t)}),Pn=x("ZodISOTime",(e,t)=>{fd.init(e,t),Ee.init(e,t)}),En=x("ZodISODuration",(e,t)=>{pd.init(e,t),Ee.init(e,t)}),Ca=x("ZodEmail",(e,t)=>{Ql.init(e,t),Ee.init(e,t)});function Y1(e){return Xs(Ca,e)}var Na=x("ZodGUID",(e,t)=>{Xl.init(e,t),Ee.init(e,t)});function Q1(e){return Ys(Na,e)}var Wt=x("ZodUUID",(e,t)=>{Yl.init(e,t),Ee.init(e,t)});function eb(e){return Qs(Wt,e)}function tb(e){return ea(Wt,e)}function nb(e){return ta(Wt,e)}function rb(e){return na(Wt,e)}var ro=x("ZodURL",(e,t)=>{nd.init(e,t),Ee.init(e,t)});function ib(e){return Hi(ro,e)}function ob(e){return Hi(ro,{protocol:Ti,hostname:pl,...W.normalizeParams(e)})}var Fa=x("ZodEmoji",(e,t)=>{rd.init(e,t),Ee.init(e,t)});function sb(e){return ra(Fa,e)}var Da=x("ZodNanoID",(e,t)=>{id.init(e,t),Ee.init(e,t)});function ab(e){return ia(Da,e)}var Ma=x("ZodCUID",(e,t)=>{od.init(e,t),Ee.init(e,t)});function ub(e){return oa(Ma,e)}var za=x("ZodCUID2",(e,t)=>{sd.init(e,t),Ee.init(e,t)});function cb(e){return sa(za,e)}var La=x("ZodULID",(e,t)=>{ad.init(e,t),Ee.init(e,t)});function lb(e){return aa(La,e)}var qa=x("ZodXID",(e,t)=>{ud.init(e,t),Ee.init(e,t)});function db(e){return ua(qa,e)}var Ua=x("ZodKSUID",(e,t)=>{cd.init(e,t),Ee.init(e,t)});function fb(e){return ca(Ua,e)}var ja=x("ZodIPv4",(e,t)=>{md.init(e,t),Ee.init(e,t)});function pb(e){return la(ja,e)}var im=x("ZodMAC",(e,t)=>{gd.init(e,t),Ee.init(e,t)});function mb(e){return _f(im,e)}var Ba=x("ZodIPv6",(e,t)=>{hd.init(e,t),Ee.init(e,t)});function hb(e){return da(Ba,e)}var Za=x("ZodCIDRv4",(e,t)=>{bd.init(e,t),Ee.init(e,t)});function gb(e){return fa(Za,e)}var Va=x("ZodCIDRv6",(e,t)=>{yd.init(e,t),Ee.init(e,t)});function bb(e){return pa(Va,e)}var Ga=x("ZodBase64",(e,t)=>{vd.init(e,t),Ee.init(e,t)});function yb(e){return ma(Ga,e)}var Ka=x("ZodBase64URL",(e,t)=>{wd.init(e,t),Ee.init(e,t)});function vb(e){return ha(Ka,e)}var Ha=x("ZodE164",(e,t)=>{xd.init(e,t),Ee.init(e,t)});function wb(e){return ga(Ha,e)}var om=x("ZodCreditCard",(e,t)=>{kd.init(e,t),Ee.init(e,t)});function xb(e){return $f(om,e)}var sm=x("ZodIBAN",(e,t)=>{_d.init(e,t),Ee.init(e,t)});function kb(e){return Af(sm,e)}var Wa=x("ZodJWT",(e,t)=>{$d.init(e,t),Ee.init(e,t)});function _b(e){return ba(Wa,e)}var tr=x("ZodCustomStringFormat",(e,t)=>{Ad.init(e,t),Ee.init(e,t)});function $b(e,t,n={}){return Xn(tr,e,t,n)}function Ab(e){return Xn(tr,"hostname",fl,e)}function Sb(e){return Xn(tr,"hex",Rl,e)}function Rb(e){return Xn(tr,"currency_code",hl,e)}function Ib(e,t){let n=t?.enc??"hex",r=`${e}_${n}`,i=Ct[r];if(!i)throw new Error(`Unrecognized hash format: ${r}`);return Xn(tr,r,i,t)}var Vr=x("ZodNumber",(e,t)=>{Ns.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>cp(e,n,r,i),e.isFinite=!0},W.derived({minValue:e=>{let{minimum:t,exclusiveMinimum:n}=Ve(e);return Math.max(t??Number.NEGATIVE_INFINITY,n??Number.NEGATIVE_INFINITY)},maxValue:e=>{let{maximum:t,exclusiveMaximum:n}=Ve(e);return Math.min(t??Number.POSITIVE_INFINITY,n??Number.POSITIVE_INFINITY)},isInt:e=>{let{isInt:t,multipleOf:n}=Ve(e);return!!t||!!n?.some(Number.isSafeInteger)},format:e=>Ve(e).format??null},{gt(e,t){return this.check(Kt(e,t))},gte(e,t){return this.check(Rt(e,t))},min(e,t){return this.check(Rt(e,t))},lt(e,t){return this.check(Gt(e,t))},lte(e,t){return this.check(St(e,t))},max(e,t){return this.check(St(e,t))},int(e){return this.check(Ea(e))},safe(e){return this.check(Ea(e))},positive(e){return this.check(Kt(0,e))},nonnegative(e){return this.check(Rt(0,e))},negative(e){return this.check(Gt(0,e))},nonpositive(e){return this.check(St(0,e))},multipleOf(e,t){return this.check(kn(e,t))},step(e,t){return this.check(kn(e,t))},finite(){return this}}));function am(e){return Rf(Vr,e)}var nr=x("ZodNumberFormat",(e,t)=>{Sd.init(e,t),Vr.init(e,t)});function Ea(e){return Pf(nr,e)}function Pb(e){return Ef(nr,e)}function Eb(e){return Tf(nr,e)}function Tb(e){return Of(nr,e)}function Ob(e){return Cf(nr,e)}var Gr=x("ZodBoolean",(e,t)=>{qi.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>lp(e,n,r,i)});function um(e){return Nf(Gr,e)}var Kr=x("ZodBigInt",(e,t)=>{Fs.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>dp(e,n,r,i)},W.derived({minValue:e=>Ve(e).minimum??null,maxValue:e=>Ve(e).maximum??null,format:e=>Ve(e).format??null},{gte(e,t){return this.check(Rt(e,t))},min(e,t){return this.check(Rt(e,t))},gt(e,t){return this.check(Kt(e,t))},lt(e,t){return this.check(Gt(e,t))},lte(e,t){return this.check(St(e,t))},max(e,t){return this.check(St(e,t))},positive(e){return this.check(Kt(BigInt(0),e))},negative(e){return this.check(Gt(BigInt(0),e))},nonpositive(e){return this.check(St(BigInt(0),e))},nonnegative(e){return this.check(Rt(BigInt(0),e))},multipleOf(e,t){return this.check(kn(e,t))}}));function Cb(e){return Df(Kr,e)}var Ja=x("ZodBigIntFormat",(e,t)=>{Rd.init(e,t),Kr.init(e,t)});function Nb(e){return zf(Ja,e)}function Fb(e){return Lf(Ja,e)}var cm=x("ZodSymbol",(e,t)=>{Id.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>fp(e,n,r,i)});function Db(e){return qf(cm,e)}var lm=x("ZodUndefined",(e,t)=>{Pd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>mp(e,n,r,i)});function Mb(e){return Uf(lm,e)}var dm=x("ZodNull",(e,t)=>{Ed.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>pp(e,n,r,i)});function fm(e){return jf(dm,e)}var pm=x("ZodAny",(e,t)=>{Td.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>bp(e,n,r,i)});function zb(){return Bf(pm)}var mm=x("ZodUnknown",(e,t)=>{Od.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>yp(e,n,r,i)});function Yn(){return Zf(mm)}var hm=x("ZodNever",(e,t)=>{Cd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>gp(e,n,r,i)});function Xa(e){return Vf(hm,e)}var gm=x("ZodVoid",(e,t)=>{Nd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>hp(e,n,r,i)});function Lb(e){return Gf(gm,e)}var io=x("ZodDate",(e,t)=>{Fd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>vp(e,n,r,i),e.min=(n,r)=>e.check(Rt(n,r)),e.max=(n,r)=>e.check(St(n,r))},W.derived({minDate:e=>{let{minimum:t}=Ve(e);return t?new Date(t):null},maxDate:e=>{let{maximum:t}=Ve(e);return t?new Date(t):null}},{}));function qb(e){return Kf(io,e)}var bm=x("ZodArray",(e,t)=>{er(),Md.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Tp(e,n,r,i),e.element=t.element},{min(e,t){return this.check(an(e,t))},nonempty(e){return this.check(an(1,e))},max(e,t){return this.check(Wn(e,t))},length(e,t){return this.check(Jn(e,t))},unwrap(){return this.element}});function oo(e,t){return Jf(bm,e,t)}function Ub(e){let t=e._zod.def.shape;return Ya(Object.keys(t))}var so=x("ZodObject",(e,t)=>{er(),zd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Op(e,n,r,i),W.installLazyProp(e,"shape",n=>n._zod.def.shape,!1)},{keyof(){return Ya(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(W.mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(W.mergeDefs(this._zod.def,{catchall:Yn()}))},loose(){return this.clone(W.mergeDefs(this._zod.def,{catchall:Yn()}))},strict(){return this.clone(W.mergeDefs(this._zod.def,{catchall:Xa()}))},strip(){return this.clone(W.mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return W.extend(this,e)},safeExtend(e){return W.safeExtend(this,e)},merge(e){return W.merge(this,e)},pick(e){return W.pick(this,e)},omit(e){return W.omit(this,e)},partial(...e){return W.partial(uo,this,e[0])},exactPartial(...e){return W.partial(eu,this,e[0],"exactPartial")},required(...e){return W.required(tu,this,e[0])}});function jb(e,t){let n={type:"object",shape:e??{},...W.normalizeParams(t)};return new so(n)}function Bb(e,t){return new so({type:"object",shape:e,catchall:Xa(),...W.normalizeParams(t)})}function Zb(e,t){return new so({type:"object",shape:e,catchall:Yn(),...W.normalizeParams(t)})}var ao=x("ZodUnion",(e,t)=>{Ui.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>$a(e,n,r,i),e.options=t.options});function Hr(e,t){return new ao({type:"union",options:e,...W.normalizeParams(t)})}var ym=x("ZodXor",(e,t)=>{ao.init(e,t),Ld.init(e,t),e._zod.processJSONSchema=(n,r,i)=>$a(e,n,r,i),e.options=t.options});function Vb(e,t){return new ym({type:"union",options:e,inclusive:!1,...W.normalizeParams(t)})}var vm=x("ZodDiscriminatedUnion",(e,t)=>{ao.init(e,t),Ud.init(e,t)});function Gb(e,t,n){return new vm({type:"union",options:t,discriminator:e,...W.normalizeParams(n)})}var wm=x("ZodIntersection",(e,t)=>{jd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Cp(e,n,r,i)});function xm(e,t){return new wm({type:"intersection",left:e,right:t})}var km=x("ZodTuple",(e,t)=>{er(),Ds.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Np(e,n,r,i)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){let e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(t=>new uo({type:"optional",innerType:t}))})}});function _m(e,t,n){let r=t instanceof me,i=r?n:t,o=r?t:null;return new km({type:"tuple",items:e,rest:o,...W.normalizeParams(i)})}var jr=x("ZodRecord",(e,t)=>{er(),Bd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Fp(e,n,r,i),e.keyType=t.keyType,e.valueType=t.valueType});function $m(e,t,n){return!t||!t._zod?new jr({type:"record",keyType:to(),valueType:e,...W.normalizeParams(t)}):new jr({type:"record",keyType:e,valueType:t,...W.normalizeParams(n)})}function Kb(e,t,n){return new jr({type:"record",keyType:e,valueType:t,...W.normalizeParams(n),partial:!0})}function Hb(e,t,n){return new jr({type:"record",keyType:e,valueType:t,mode:"loose",...W.normalizeParams(n)})}var Am=x("ZodMap",(e,t)=>{er(),Zd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Pp(e,n,r,i),e.keyType=t.keyType,e.valueType=t.valueType,e.min=(...n)=>e.check(Ht(...n)),e.nonempty=n=>e.check(Ht(1,n)),e.max=(...n)=>e.check(_n(...n)),e.size=(...n)=>e.check(Hn(...n))});function Wb(e,t,n){return new Am({type:"map",keyType:e,valueType:t,...W.normalizeParams(n)})}var Sm=x("ZodSet",(e,t)=>{er(),Vd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Ep(e,n,r,i),e.min=(...n)=>e.check(Ht(...n)),e.nonempty=n=>e.check(Ht(1,n)),e.max=(...n)=>e.check(_n(...n)),e.size=(...n)=>e.check(Hn(...n))});function Jb(e,t){return new Sm({type:"set",valueType:e,...W.normalizeParams(t)})}var Br=x("ZodEnum",(e,t)=>{Gd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(r,i,o)=>wp(e,r,i,o),e.enum=t.entries,e.options=[...e._zod.values];let n=new Set(Object.keys(t.entries));e.extract=(r,i)=>{let o={};for(let s of r)if(n.has(s))o[s]=t.entries[s];else throw new Error(`Key ${s} not found in enum`);return new Br({...t,checks:[],...W.normalizeParams(i),entries:o})},e.exclude=(r,i)=>{let o={...t.entries};for(let s of r)if(n.has(s))delete o[s];else throw new Error(`Key ${s} not found in enum`);return new Br({...t,checks:[],...W.normalizeParams(i),entries:o})}});function Ya(e,t){let n=Array.isArray(e)?Object.fromEntries(e.map(r=>[r,r])):e;return new Br({type:"enum",entries:n,...W.normalizeParams(t)})}function Xb(e,t){return new Br({type:"enum",entries:e,...W.normalizeParams(t)})}var Rm=x("ZodLiteral",(e,t)=>{Kd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>xp(e,n,r,i),e.values=new Set(t.values),Object.defineProperty(e,"value",{get(){if(t.values.length>1)throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");return t.values[0]}})});function Yb(e,t){return new Rm({type:"literal",values:Array.isArray(e)?e:[e],...W.normalizeParams(t)})}var Im=x("ZodFile",(e,t)=>{Hd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>$p(e,n,r,i),e.min=(n,r)=>e.check(Ht(n,r)),e.max=(n,r)=>e.check(_n(n,r)),e.mime=(n,r)=>e.check(Cr(Array.isArray(n)?n:[n],r))});function Qb(e){return Xf(Im,e)}var Pm=x("ZodTransform",(e,t)=>{er(),Wd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Ip(e,n,r,i),e._zod.parse=(n,r)=>{if(r.direction==="backward")throw new wn(e.constructor.name);n.addIssue=o=>{if(typeof o=="string")n.issues.push(W.issue(o,n.value,t));else{let s=o;s.fatal&&(s.continue=!1),s.code??(s.code="custom"),"input"in s||(s.input=n.value),s.inst??(s.inst=e),n.issues.push(W.issue(s))}};let i=t.transform(n.value,n);return i instanceof Promise?i.then(o=>(n.value=o,n)):(n.value=i,n)}});function Qa(e){return new Pm({type:"transform",transform:e})}var uo=x("ZodOptional",(e,t)=>{Ms.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Aa(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function Qn(e){return new uo({type:"optional",innerType:e})}var eu=x("ZodExactOptional",(e,t)=>{Jd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Aa(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function Em(e){return new eu({type:"optional",innerType:e})}var Tm=x("ZodNullable",(e,t)=>{Xd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Dp(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function no(e){return new Tm({type:"nullable",innerType:e})}function e2(e){return Qn(no(e))}var Om=x("ZodDefault",(e,t)=>{Yd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Lp(e,n,r,i),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});function Cm(e,t){return new Om({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():W.shallowClone(t)}})}var Nm=x("ZodPrefault",(e,t)=>{Qd.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>qp(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function Fm(e,t){return new Nm({type:"prefault",innerType:e,get defaultValue(){return typeof t=="function"?t():W.shallowClone(t)}})}var tu=x("ZodNonOptional",(e,t)=>{ef.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Mp(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function Dm(e,t){return new tu({type:"nonoptional",innerType:e,...W.normalizeParams(t)})}var Mm=x("ZodSuccess",(e,t)=>{tf.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Ap(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function t2(e){return new Mm({type:"success",innerType:e})}var zm=x("ZodCatch",(e,t)=>{nf.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Up(e,n,r,i),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});function Lm(e,t){return new zm({type:"catch",innerType:e,catchValue:typeof t=="function"?t:W.constantCatch(t)})}var qm=x("ZodNaN",(e,t)=>{rf.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>kp(e,n,r,i)});function n2(e){return Wf(qm,e)}var co=x("ZodPipe",(e,t)=>{zs.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>jp(e,n,r,i),e.in=t.in,e.out=t.out});function Ta(e,t){return new co({type:"pipe",in:e,out:t})}var lo=x("ZodCodec",(e,t)=>{co.init(e,t),ji.init(e,t)});function r2(e,t,n){return new lo({type:"pipe",in:e,out:t,transform:n.decode,reverseTransform:n.encode})}function i2(e){let t=e._zod.def;return new lo({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}var Um=x("ZodPreprocess",(e,t)=>{co.init(e,t),of.init(e,t)}),jm=x("ZodReadonly",(e,t)=>{sf.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Bp(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function Bm(e){return new jm({type:"readonly",innerType:e})}var Zm=x("ZodTemplateLiteral",(e,t)=>{af.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>_p(e,n,r,i)});function o2(e,t){return new Zm({type:"template_literal",parts:e,...W.normalizeParams(t)})}var Vm=x("ZodLazy",(e,t)=>{Bi.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Vp(e,n,r,i),e.unwrap=()=>e._zod.def.getter()});function Gm(e){return new Vm({type:"lazy",getter:e})}var Km=x("ZodPromise",(e,t)=>{cf.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Zp(e,n,r,i),e.unwrap=()=>e._zod.def.innerType});function s2(e){return new Km({type:"promise",innerType:e})}var Hm=x("ZodFunction",(e,t)=>{uf.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Rp(e,n,r,i)});function a2(e){return new Hm({type:"function",input:Array.isArray(e?.input)?_m(e?.input):e?.input??oo(Yn()),output:e?.output??Yn()})}var fo=x("ZodCustom",(e,t)=>{lf.init(e,t),ge.init(e,t),e._zod.processJSONSchema=(n,r,i)=>Sp(e,n,r,i)});function u2(e){let t=new Te({check:"custom"});return t._zod.check=e,t}function c2(e,t){return Yf(fo,e??(()=>!0),t)}function Wm(e,t={}){return Qf(fo,e,t)}function Jm(e,t){return ep(e,t)}var l2=tp,d2=np,Xm=x("ZodInstanceOf",(e,t)=>{fo.init(e,t)},{properties(e,t){return this.check(Or(e,t))}});function f2(e,t={}){let n=new Xm({type:"custom",check:"custom",fn:r=>r instanceof e,abort:!0,...W.normalizeParams(t)});return n._zod.bag.Class=e,n._zod.check=r=>{r.value instanceof e||r.issues.push({code:"invalid_type",expected:e.name,input:r.value,inst:n,path:[...n._zod.def.path??[]]})},n}var p2=(...e)=>rp({Codec:lo,Boolean:Gr,String:Zr},...e);function m2(e){let t=Gm(()=>Hr([to(e),am(),um(),fm(),oo(t),$m(to(),t)]));return t}function h2(e,t){return new Um({type:"pipe",in:Qa(e),out:t})}var OA={invalid_type:"invalid_type",too_big:"too_big",too_small:"too_small",invalid_format:"invalid_format",not_multiple_of:"not_multiple_of",unrecognized_keys:"unrecognized_keys",invalid_union:"invalid_union",invalid_key:"invalid_key",invalid_element:"invalid_element",invalid_value:"invalid_value",custom:"custom"};function CA(e){Le({customError:e})}function NA(){return Le().customError}var Ym;Ym||(Ym={});var po={};Yt(po,{ZodISODate:()=>In,ZodISODateTime:()=>Rn,ZodISODuration:()=>En,ZodISOTime:()=>Pn,date:()=>DA,datetime:()=>FA,duration:()=>zA,time:()=>MA});function FA(e){return Wi(Rn,e)}function DA(e){return Ji(In,e)}function MA(e){return Xi(Pn,e)}function zA(e){return Yi(En,e)}var K={...Wr,...Ia,iso:po},LA=new Set(["$schema","$ref","$defs","definitions","$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor","type","enum","const","anyOf","oneOf","allOf","not","properties","required","additionalProperties","patternProperties","propertyNames","minProperties","maxProperties","items","prefixItems","additionalItems","minItems","maxItems","uniqueItems","contains","minContains","maxContains","minLength","maxLength","pattern","format","minimum","maximum","exclusiveMinimum","exclusiveMaximum","multipleOf","description","default","contentEncoding","contentMediaType","contentSchema","unevaluatedItems","unevaluatedProperties","if","then","else","dependentSchemas","dependentRequired","nullable","readOnly"]);function qA(e,t){let n=e.$schema;return n==="https://json-schema.org/draft/2020-12/schema"?"draft-2020-12":n==="http://json-schema.org/draft-07/schema#"?"draft-7":n==="http://json-schema.org/draft-04/schema#"?"draft-4":t??"draft-2020-12"}function g2(e,t){return e.map((n,r)=>r<t?n:n.optional())}function UA(e){return e.replace(/~1/g,"/").replace(/~0/g,"~")}function jA(e,t){if(!e.startsWith("#"))throw new Error("External $ref is not supported, only local refs (#/...) are allowed");let n=e.slice(1).split("/").filter(Boolean);if(n.length===0)return t.rootSchema;let r=t.version==="draft-2020-12"?"$defs":"definitions";if(n[0]===r){let i=n[1]===void 0?void 0:UA(n[1]);if(!i||!t.defs[i])throw new Error(`Reference not found: ${e}`);return t.defs[i]}throw new Error(`Reference not found: ${e}`)}function BA(e,t){return K.transform(r=>r).check(r=>{let i=r.value;if(typeof i!="object"||i===null||Array.isArray(i))return;let o=Object.getOwnPropertyNames(i);if(t.minProperties!==void 0&&o.length<t.minProperties&&r.issues.push({origin:"object",code:"too_small",minimum:t.minProperties,inclusive:!0,message:`Too small: expected object to have >=${t.minProperties} properties`,input:i,inst:e,continue:!0}),t.maxProperties!==void 0&&o.length>t.maxProperties&&r.issues.push({origin:"object",code:"too_big",maximum:t.maxProperties,inclusive:!0,message:`Too big: expected object to have <=${t.maxProperties} properties`,input:i,inst:e,continue:!0}),t.keySchema)for(let s of o){let a=t.keySchema.safeParse(s);a.success||r.issues.push({code:"invalid_key",origin:"record",issues:a.error.issues,input:s,path:[s],continue:!0})}}).pipe(e)}function Qm(e,t){if(e===null)return"z";let n=typeof e;if(n!=="object"){if(n==="number"&&Number.isNaN(e))return null;let r=String(e);return`${n[0]}${r.length}:${r}`}if(t.has(e))return null;t.add(e);try{if(Array.isArray(e)){let o=[];for(let s of e){let a=Qm(s,t);if(a===null)return null;o.push(a)}return`a${o.length}:[${o.join(",")}]`}let r=Object.keys(e).sort(),i=[];for(let o of r){let s=Qm(e[o],t);if(s===null)return null;i.push(`${o.length}:${o}=${s}`)}return`o${i.length}:{${i.join(",")}}`}finally{t.delete(e)}}var ZA=new Set(["items","prefixItems","additionalItems","additionalProperties","contains","propertyNames","not","if","then","else","allOf","anyOf","oneOf","unevaluatedItems","unevaluatedProperties","contentSchema"]),VA=new Set(["properties","patternProperties","dependentSchemas","dependencies","$defs","definitions"]);function mo(e){return typeof e!="object"||e===null?!1:Array.isArray(e)?e.some(mo):typeof e.$ref=="string"?!0:Object.entries(e).some(([t,n])=>ZA.has(t)?mo(n):!VA.has(t)||typeof n!="object"||n===null?!1:Object.values(n).some(mo))}function b2(e){return e===1?"element":"elements"}function GA(e,t){return K.transform(r=>r).check(r=>{let i=r.value;if(Array.isArray(i)){if(t.uniqueItems===!0){let o=new Map;for(let s=0;s<i.length;s++){let a=Qm(i[s],new Set);if(a===null)continue;let c=o.get(a);if(c===void 0){o.set(a,s);continue}r.issues.push({code:"custom",message:`Array items must be unique: element at index ${s} duplicates the one at index ${c}`,input:i,path:[s],continue:!0})}}if(t.containsSchema){let o=t.minContains??1,s=t.maxContains!==void 0?t.maxContains+1:Number.POSITIVE_INFINITY,a=0;for(let c of i)if(t.containsSchema.safeParse(c).success&&++a>=s)break;a<o&&r.issues.push({code:"custom",message:`Array must contain at least ${o} matching ${b2(o)}; found ${a}`,input:i,continue:!0}),t.maxContains!==void 0&&a>t.maxContains&&r.issues.push({code:"custom",message:`Array must contain at most ${t.maxContains} matching ${b2(t.maxContains)}`,input:i,continue:!0})}}}).pipe(e)}function y2(e,t){if(e!==!1)return e===void 0||e===!0?K.any():ct(e,t)}var KA=/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function v2(e,t){if(e.not!==void 0){if(typeof e.not=="object"&&Object.keys(e.not).length===0)return K.never();throw new Error("not is not supported in Zod (except { not: {} } for never)")}if(e.unevaluatedItems!==void 0)throw new Error("unevaluatedItems is not supported");if(e.unevaluatedProperties!==void 0)throw new Error("unevaluatedProperties is not supported");if(e.if!==void 0||e.then!==void 0||e.else!==void 0)throw new Error("Conditional schemas (if/then/else) are not supported");if(e.dependentSchemas!==void 0||e.dependentRequired!==void 0)throw new Error("dependentSchemas and dependentRequired are not supported");if(e.$ref){let i=e.$ref;if(t.refs.has(i))return t.refs.get(i);if(t.processing.has(i))return K.lazy(()=>{if(!t.refs.has(i))throw new Error(`Circular reference not resolved: ${i}`);return t.refs.get(i)});t.processing.add(i);let o=jA(i,t),s=ct(o,t);return t.refs.set(i,s),t.processing.delete(i),s}if(e.enum!==void 0){let i=e.enum;if(t.version==="openapi-3.0"&&e.nullable===!0&&i.length===1&&i[0]===null)return K.null();if(i.length===0)return K.never();if(i.length===1)return K.literal(i[0]);if(i.every(s=>typeof s=="string"))return K.enum(i);let o=i.map(s=>K.literal(s));return o.length<2?o[0]:K.union([o[0],o[1],...o.slice(2)])}if(e.const!==void 0)return K.literal(e.const);let n=e.type;if(Array.isArray(n)){let i=n.map(o=>{let s={...e,type:o};return v2(s,t)});return i.length===0?K.never():i.length===1?i[0]:K.union(i)}if(!n)return K.any();let r;switch(n){case"string":{let i=K.string();if(e.format){let o=e.format;o==="email"?i=i.check(K.email()):o==="uri"||o==="uri-reference"?i=i.check(K.url()):o==="uuid"||o==="guid"?i=i.check(K.uuid()):o==="date-time"?i=i.check(K.iso.datetime({offset:!0})):o==="date"?i=i.check(K.iso.date()):o==="time"?i=i.check(K.regex(KA)):o==="duration"?i=i.check(K.iso.duration()):o==="hostname"?i=i.check(K.hostname()):o==="ipv4"?i=i.check(K.ipv4()):o==="ipv6"?i=i.check(K.ipv6()):o==="mac"?i=i.check(K.mac()):o==="cidr"?i=i.check(K.cidrv4()):o==="cidr-v6"?i=i.check(K.cidrv6()):o==="base64"?i=i.check(K.base64()):o==="base64url"?i=i.check(K.base64url()):o==="e164"?i=i.check(K.e164()):o==="credit_card"?i=i.check(K.creditCard()):o==="iban"?i=i.check(K.iban()):o==="jwt"?i=i.check(K.jwt()):o==="emoji"?i=i.check(K.emoji()):o==="nanoid"?i=i.check(K.nanoid()):o==="cuid"?i=i.check(K.cuid()):o==="cuid2"?i=i.check(K.cuid2()):o==="ulid"?i=i.check(K.ulid()):o==="xid"?i=i.check(K.xid()):o==="ksuid"&&(i=i.check(K.ksuid()))}typeof e.minLength=="number"&&(i=i.min(e.minLength)),typeof e.maxLength=="number"&&(i=i.max(e.maxLength)),e.pattern&&(i=i.regex(new RegExp(e.pattern))),r=i;break}case"number":case"integer":{let i=n==="integer"?K.number().int():K.number();typeof e.minimum=="number"&&e.exclusiveMinimum!==!0&&(i=i.min(e.minimum)),typeof e.maximum=="number"&&e.exclusiveMaximum!==!0&&(i=i.max(e.maximum)),typeof e.exclusiveMinimum=="number"?i=i.gt(e.exclusiveMinimum):e.exclusiveMinimum===!0&&typeof e.minimum=="number"&&(i=i.gt(e.minimum)),typeof e.exclusiveMaximum=="number"?i=i.lt(e.exclusiveMaximum):e.exclusiveMaximum===!0&&typeof e.maximum=="number"&&(i=i.lt(e.maximum)),typeof e.multipleOf=="number"&&(i=i.multipleOf(e.multipleOf)),r=i;break}case"boolean":{r=K.boolean();break}case"null":{r=K.null();break}case"object":{let i={},o=e.properties||{},s=new Set(e.required||[]),a=typeof e.additionalProperties=="object"?ct(e.additionalProperties,t):void 0;for(let[f,p]of Object.entries(o)){let m=ct(p,t);Je(i,f,s.has(f)?m:m.optional())}if(e.patternProperties){let f=e.patternProperties,p=Object.keys(f),m=[];for(let g of p){let w=ct(f[g],t),v=K.string().regex(new RegExp(g));m.push(K.looseRecord(v,w))}let b=[];if(Object.keys(i).length>0&&b.push(K.object(i).passthrough()),b.push(...m),b.length===0)r=K.object({}).passthrough();else if(b.length===1)r=b[0];else{let g=K.intersection(b[0],b[1]);for(let w=2;w<b.length;w++)g=K.intersection(g,b[w]);r=g}if(e.additionalProperties===!1){let g=Object.keys(i),w=p.map(y=>new RegExp(y)),v=r;r=r.check(y=>{if(!Tt(y.value))return;let _=[];for(let E of Object.keys(y.value))g.includes(E)||w.some(G=>G.test(E))||_.push(E);_.length&&y.issues.push({code:"unrecognized_keys",keys:_,input:y.value,inst:v})})}}else{let f=K.object(i);e.additionalProperties===!1?r=f.strict():a?r=f.catchall(a):r=f.passthrough()}let c=e.propertyNames!==void 0&&e.propertyNames!==!0,u=typeof e.minProperties=="number"?e.minProperties:void 0,l=typeof e.maxProperties=="number"?e.maxProperties:void 0;if(c||u!==void 0||l!==void 0){let f;if(c){let p=typeof e.propertyNames=="object"&&e.propertyNames.type===void 0?{type:"string",...e.propertyNames}:e.propertyNames;f=ct(p,t)}r=BA(r,{keySchema:f,minProperties:u,maxProperties:l})}break}case"array":{let i=e.prefixItems,o=e.items;if(i&&Array.isArray(i)){let s=typeof e.minItems=="number"?e.minItems:0,a=i.map(f=>ct(f,t)),c=g2(a,s),u=Array.isArray(o)?void 0:y2(o,t),l=K.tuple(c);r=u?l.rest(u):l,typeof e.minItems=="number"&&(r=r.check(K.minLength(e.minItems))),typeof e.maxItems=="number"&&(r=r.check(K.maxLength(e.maxItems)))}else if(Array.isArray(o)){let s=typeof e.minItems=="number"?e.minItems:0,a=o.map(f=>ct(f,t)),c=g2(a,s),u=y2(e.additionalItems,t),l=K.tuple(c);r=u?l.rest(u):l,typeof e.minItems=="number"&&(r=r.check(K.minLength(e.minItems))),typeof e.maxItems=="number"&&(r=r.check(K.maxLength(e.maxItems)))}else if(o!==void 0){let s=ct(o,t),a=K.array(s);typeof e.minItems=="number"&&(a=a.min(e.minItems)),typeof e.maxItems=="number"&&(a=a.max(e.maxItems)),r=a}else r=K.array(K.any());(e.uniqueItems===!0||e.contains!==void 0)&&(r=GA(r,{uniqueItems:e.uniqueItems===!0,containsSchema:e.contains!==void 0?ct(e.contains,t):void 0,minContains:typeof e.minContains=="number"?e.minContains:void 0,maxContains:typeof e.maxContains=="number"?e.maxContains:void 0}));break}default:throw new Error(`Unsupported type: ${n}`)}return r}function ct(e,t){if(typeof e=="boolean")return e?K.any():K.never();let n=v2(e,t),r=e.type||e.enum!==void 0||e.const!==void 0;if(e.anyOf&&Array.isArray(e.anyOf)){let a=e.anyOf.map(u=>ct(u,t)),c=K.union(a);n=r?K.intersection(n,c):c}if(e.oneOf&&Array.isArray(e.oneOf)){let a=e.oneOf.map(u=>ct(u,t)),c=K.xor(a);n=r?K.intersection(n,c):c}if(e.allOf&&Array.isArray(e.allOf))if(e.allOf.length===0)n=r?n:K.any();else{let a=r?n:ct(e.allOf[0],t),c=r?0:1;for(let u=c;u<e.allOf.length;u++)a=K.intersection(a,ct(e.allOf[u],t));n=a}e.nullable===!0&&t.version==="openapi-3.0"&&(n=K.nullable(n)),e.readOnly===!0&&(n=K.readonly(n)),e.default!==void 0&&(n=n.default(e.default));let i={},o=["$id","id","$comment","$anchor","$vocabulary","$dynamicRef","$dynamicAnchor"];for(let a of o)a in e&&(i[a]=e[a]);let s=["contentEncoding","contentMediaType","contentSchema"];for(let a of s)a in e&&(i[a]=e[a]);if(e.type==="object"&&e.$ref===void 0){e.propertyNames!==void 0&&!mo(e.propertyNames)&&(i.propertyNames=e.propertyNames);for(let a of["minProperties","maxProperties"])e[a]!==void 0&&(i[a]=e[a])}if(e.type==="array"&&e.$ref===void 0){e.contains!==void 0&&!mo(e.contains)&&(i.contains=e.contains);for(let a of["uniqueItems","minContains","maxContains"])e[a]!==void 0&&(i[a]=e[a])}for(let a of Object.keys(e))LA.has(a)||Je(i,a,e[a]);return Object.keys(i).length>0&&t.registry.add(n,i),e.description&&(n=n.describe(e.description)),n}function w2(e,t){if(typeof e=="boolean")return e?K.any():K.never();let n;try{n=JSON.parse(JSON.stringify(e))}catch{throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas")}let r=qA(n,t?.defaultTarget),i=n.$defs||n.definitions||{},o={version:r,defs:i,refs:new Map,processing:new Set,rootSchema:n,registry:t?.registry??Xe};return ct(n,o)}var x2=Symbol("z.visit/resolving");function ho(e,t){let n=typeof t=="function"?t:(s,a)=>{let c=t[s._zod.def.type];return c?c(s,a):s},r=new Map;function i(s){let a=r.get(s);if(a===x2)return new Bi({type:"lazy",getter:()=>r.get(s)});if(a!==void 0)return a;r.set(s,x2);let c=o(s),u=n(c,c!==s);return r.set(s,u),u}function o(s){let a=s._zod.def,c=a.type;switch(c){case"object":{let u=a.shape,l=Object.keys(u),f=!1,p={};for(let b of l){let g=i(u[b]);g!==u[b]&&(f=!0),p[b]=g}let m=a.catchall;return a.catchall&&(m=i(a.catchall),m!==a.catchall&&(f=!0)),f?Re(s,{...a,shape:p,catchall:m}):s}case"array":{let u=i(a.element);return u===a.element?s:Re(s,{...a,element:u})}case"tuple":{let u=a.items,l=!1,f=[];for(let m of u){let b=i(m);b!==m&&(l=!0),f.push(b)}let p=a.rest;return a.rest&&(p=i(a.rest),p!==a.rest&&(l=!0)),l?Re(s,{...a,items:f,rest:p}):s}case"record":case"map":{let u=i(a.keyType),l=i(a.valueType);return u===a.keyType&&l===a.valueType?s:Re(s,{...a,keyType:u,valueType:l})}case"set":{let u=i(a.valueType);return u===a.valueType?s:Re(s,{...a,valueType:u})}case"union":{let u=a.options,l=!1,f=[];for(let p of u){let m=i(p);m!==p&&(l=!0),f.push(m)}return l?Re(s,{...a,options:f}):s}case"intersection":{let u=i(a.left),l=i(a.right);return u===a.left&&l===a.right?s:Re(s,{...a,left:u,right:l})}case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":{let u=i(a.innerType);return u===a.innerType?s:Re(s,{...a,innerType:u})}case"pipe":{let u=i(a.in),l=i(a.out);return u===a.in&&l===a.out?s:Re(s,{...a,in:u,out:l})}case"function":{let u=i(a.input),l=i(a.output);return u===a.input&&l===a.output?s:Re(s,{...a,input:u,output:l})}case"lazy":{let u=a.getter,{_cachedInner:l,...f}=a;return Re(s,{...f,getter:()=>i(u())})}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":return s;default:return s}}return i(e)}function k2(e){return ho(e,{object:t=>t.partial(),union:t=>{let n=t._zod.def;return n.discriminator===void 0?t:Hr(n.options)}})}function HA(e,t){if(!t?.length)return e;let n=e._zod.def;return Re(e,zt(n,{checks:[...n.checks??[],...t]}),{parent:!0})}function _2(e){return HA(e.out,e.checks)}function WA(e){return e.in._zod.traits.has("$ZodTransform")?_2(e):e.in}function $2(e){return ho(e,{pipe:t=>WA(t._zod.def),default:(t,n)=>n?Qn(t._zod.def.innerType):t,catch:(t,n)=>n?t._zod.def.innerType:t})}function A2(e){return ho(e,{pipe:t=>_2(t._zod.def),prefault:(t,n)=>n?t._zod.def.innerType:t})}var eh={};Yt(eh,{bigint:()=>QA,boolean:()=>YA,date:()=>eS,number:()=>XA,string:()=>JA});function JA(e){return kf(Zr,e)}function XA(e){return If(Vr,e)}function YA(e){return Ff(Gr,e)}function QA(e){return Mf(Kr,e)}function eS(e){return Hf(io,e)}var nu={type:"decimal",min:"0",max:"1e12"},Ut=(e,t)=>({type:"decimal",min:e,max:t,integer:!0}),th={type:"text"},go=["sd1.5","sdxl","sd3","flux1-dev","flux1-schnell"],Tn={runs:nu,results:Ut("1","10000"),width:Ut("1","100000"),height:Ut("1","100000"),resolution:th,steps:Ut("1","10000"),seconds:{type:"decimal",min:"0",max:"1e7"},fps:Ut("1","1000"),frames:Ut("1","100000"),audio:{type:"boolean"},quality:th,characters:Ut("0","1e9"),referenceImages:Ut("0","100"),referenceVideoSeconds:{type:"decimal",min:"0",max:"86400"},format:th,bitDepth:Ut("1","64"),gpuCount:Ut("1","64"),worker:{type:"enum",values:["flex","active"]},coldStarts:nu,coldStartSeconds:{type:"decimal",min:"0",max:"86400"},idleSeconds:{type:"decimal",min:"0",max:"86400"},activeWorkers:Ut("0","100000"),setupSeconds:{type:"decimal",min:"0",max:"86400"},keepAlive:{type:"decimal",min:"0",max:"86400"},teardownSeconds:{type:"decimal",min:"0",max:"86400"},volumeGB:{type:"decimal",min:"0",max:"1e9"},containerDiskGB:{type:"decimal",min:"0",max:"1e9"},gpuPick:{type:"enum",values:["dearest","first"]},architecture:{type:"enum",values:go}},Jr=Object.keys(Tn),S2=["day","week","month"],R2={limit:nu,maxIncrease:nu,maxIncreasePercent:{type:"decimal",min:"0",max:"1e6"},unpriced:{type:"enum",values:["fail","warn"]},judge:{type:"enum",values:["expected","high"]},undeclared:{type:"enum",values:["fail","warn","off"]}},I2={maxVariance:{type:"decimal",min:"0",max:"1e6"}},P2=200,E2=1e6;function ru(e){if(e===null||typeof e!="object")return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function T2(){return tS??=nS()}var tS;function nS(){let e=$.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/,{message:'expected a non-negative decimal string such as "0.00116"'}),t=$.string().regex(/^\d{4}-\d{2}-\d{2}$/,{message:"expected a date as YYYY-MM-DD"}),n=$.enum(["image","megapixel","video","video_second","audio_second","character","request","gpu_second","gb_month","reference_image","reference_video_second","runner_second","video_token"]),r=$.enum(["published","measured","modeled","contract","account"]),i=$.union([$.string(),$.boolean(),$.number()]),o=$.object({gt:$.number().optional(),gte:$.number().optional(),lt:$.number().optional(),lte:$.number().optional()}).strict().refine(A=>Object.keys(A).length>0,{message:"a range needs at least one of gt, gte, lt, lte"}),s=$.union([i,$.array(i).min(1),o]),a=$.object({mode:$.enum(["ceil","floor","half-up"]),step:e.default("1"),scope:$.enum(["request","total"]).default("request")}).strict(),c=$.object({upTo:e.optional(),amount:e}).strict(),u=$.object({width:$.number().int().positive(),height:$.number().int().positive(),steps:$.number().int().positive(),amount:e}).strict(),l=$.object({low:$.union([e,$.array(u).min(1)]).optional(),high:$.union([e,$.array(u).min(1)]).optional(),source:$.url().optional(),note:$.string().min(1)}).strict().refine(A=>A.low!==void 0||A.high!==void 0,{message:"a range needs `low`, `high` or both"}),f={source:$.url({message:"expected the URL where the price is published"}),checkedAt:t,effectiveFrom:t,basis:r,verified:$.boolean().default(!0),note:$.string().optional()},p=$.object({charge:$.string().min(1).default("base"),unit:n,amount:e.optional(),tiers:$.array(c).min(1).optional(),measured:$.array(u).min(1).optional(),per:e.default("1"),pixelsPerMegapixel:e.optional(),quantityFrom:$.enum(["volumeGB","containerDiskGB"]).optional(),when:$.record($.string(),s).default({}),absent:$.array($.string().min(1)).min(1).optional(),optional:$.boolean().optional(),rounding:a.optional(),included:$.object({quantity:e,amount:e}).strict().optional(),range:l.optional(),...f}).strict().superRefine((A,ee)=>{A.range&&m(A,ee),A.included&&A.amount===void 0&&ee.addIssue({code:"custom",path:["included"],message:"`included` prices a first block ahead of `amount`: give `amount`, not tiers"}),[A.amount,A.tiers,A.measured].filter(le=>le!==void 0).length!==1&&ee.addIssue({code:"custom",message:"give exactly one of `amount`, `tiers` or `measured`"}),A.per==="0"&&ee.addIssue({code:"custom",path:["per"],message:"`per` must be greater than 0"}),A.tiers&&A.tiers.forEach((le,R)=>{R===A.tiers.length-1!==(le.upTo===void 0)&&ee.addIssue({code:"custom",path:["tiers",R,"upTo"],message:"every tier but the last needs `upTo`; the last has none"})}),A.unit==="megapixel"&&A.pixelsPerMegapixel===void 0&&ee.addIssue({code:"custom",path:["pixelsPerMegapixel"],message:"a megapixel rate must say how many pixels make one megapixel"}),A.measured&&A.unit!=="image"&&ee.addIssue({code:"custom",path:["unit"],message:"measured runs price one image: use unit `image`"})});function m(A,ee){let ye=A.range,le=A.amount!==void 0?"amount":A.measured?"measured":"tiers";for(let R of["low","high"]){let I=ye[R];if(I===void 0)continue;let F=["range",R];if(le==="tiers")ee.addIssue({code:"custom",path:F,message:"a tiered rate cannot carry a range yet: give the rate as `amount`"});else if(le==="amount"&&typeof I!="string")ee.addIssue({code:"custom",path:F,message:`an \`amount\` rate's \`range.${R}\` is an amount such as "0.0013"`});else if(le==="measured"&&typeof I=="string")ee.addIssue({code:"custom",path:F,message:`a measured rate's \`range.${R}\` is a list of measured runs`});else if(le==="amount"&&typeof I=="string"){let[we,Fe]=R==="low"?[I,A.amount]:[A.amount,I];oe(we).greaterThan(Fe)&&ee.addIssue({code:"custom",path:F,message:`\`range.${R}\` ${I} is on the wrong side of \`amount\` ${A.amount}`})}}}let b=p.and($.object({appliesTo:$.array($.string()).min(1),except:$.array($.string()).default([])})),g=$.record($.string(),$.array($.string().min(1)).min(1)).default({}),w=$.union([$.array($.number()).min(1),$.object({gte:$.number().optional(),lte:$.number().optional(),integer:$.boolean().default(!1)}).strict()]),v=$.object({amount:e,...f}).strict(),y=$.object({on:t,replacement:$.string().min(1),source:$.url()}).strict(),_=$.enum(["image","video","audio","gpu","storage","other"]),E=$.object({id:$.string().min(1),name:$.string().min(1),kind:_,aliases:$.array($.string().min(1)).default([]),requires:$.array($.string()).default([]),defaults:$.record($.string(),i).default({}),accepts:g,allowed:$.record($.string(),w).optional(),minimum:v.optional(),retired:y.optional(),rates:$.array(p).min(1),pool:$.object({id:$.string().min(1),source:$.url(),checkedAt:t,verified:$.boolean().default(!0),note:$.string().optional()}).strict().optional(),note:$.string().optional()}).strict(),G=$.object({ids:$.array($.string().min(1)).min(1),reason:$.enum(["outside-pools","no-published-price","ambiguous","not-offered"]),instead:$.array($.string().min(1)).min(1).optional(),name:$.string().min(1),pool:$.string().min(1).optional(),source:$.url(),checkedAt:t,verified:$.boolean().default(!0),note:$.string().optional()}).strict(),j=$.object({id:$.string().min(1),name:$.string().min(1),source:$.url({message:"expected the URL of the page that states the architecture"}),checkedAt:t,verified:$.boolean().default(!0),note:$.string().optional()}).strict(),X=$.object({id:$.enum(go),name:$.string().min(1),rates:$.array(p).min(1),models:$.array(j).default([]),note:$.string().optional()}).strict(),H=$.object({tier:$.number().int().positive(),purchasedUsd:e,maxMonthlySpendUsd:e}).strict(),Y=$.object({$schema:$.string().optional(),provider:$.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),name:$.string().min(1),currency:$.enum(["USD","credits"]),credit:$.object({usd:e,source:$.url(),checkedAt:t,effectiveFrom:t}).strict().optional(),billingSource:$.url(),defaults:$.record($.string(),i).default({}),accepts:g,surcharges:$.array(b).default([]),usageTiers:$.object({source:$.url(),checkedAt:t,verified:$.boolean().default(!0),note:$.string().optional(),tiers:$.array(H).min(1)}).strict().optional(),models:$.array(E).min(1),unpricedNames:$.array(G).default([]),architectures:$.array(X).default([]),communitySources:$.array($.string().regex(/^[a-z0-9-]+$/,{message:"expected an AIR source such as `civitai`"})).default([])}).strict().superRefine((A,ee)=>{A.currency==="credits"&&!A.credit&&ee.addIssue({code:"custom",path:["credit"],message:"a catalog priced in credits needs `credit.usd`"});let ye=new Set;A.architectures.forEach((le,R)=>{ye.has(le.id)&&ee.addIssue({code:"custom",path:["architectures",R,"id"],message:`architecture \`${le.id}\` is listed twice`}),ye.add(le.id)})});return{DecimalString:e,Unit:n,Basis:r,Condition:s,Rounding:a,RateRange:l,Rate:p,Allowed:w,Surcharge:b,ModelKind:_,Model:E,UnpricedName:G,ArchitectureEntry:X,UsageTier:H,ProviderCatalog:Y}}function O2(e){let t="";for(let n of e)typeof n=="number"?t+=`[${n}]`:t+=t===""?String(n):`.${String(n)}`;return t}function rS(e,t){let n=e,r=()=>{for(let o=0;o<20;o++){let s=n.def;if(!s)return;if(s.type==="optional"||s.type==="default"||s.type==="nullable"||s.type==="readonly")n=s.innerType;else if(s.type==="pipe")n=s.in?.def?.type==="transform"?s.out:s.in;else if(s.type==="intersection")n=s.left;else return}};for(let o of t){r();let s=n.def;if(s?.type==="array"&&typeof o=="number")n=s.element;else if(s?.type==="object"&&s.shape&&typeof o=="string")n=s.shape[o];else return[]}r();let i=n.def;return i?.type==="object"&&i.shape?Object.keys(i.shape):[]}var iS={object:"a mapping",array:"a list",string:"a string",boolean:"true or false",number:"a number"};function iu(e){if(e===void 0)return"nothing";if(e===null)return"null";if(typeof e=="number"&&!Number.isFinite(e))return Number.isNaN(e)?".nan":".inf";if(typeof e=="string")return JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e);if(Array.isArray(e))return"a list";if(typeof e=="object"&&e!==null&&"toFixed"in e){let t=String(e);return t.length>24?t.slice(0,24)+"\u2026":t}return typeof e=="object"?"a mapping":String(e)}function oS(e,t){let n=e;for(let r of t){if(n===null||typeof n!="object")return;n=n[r]}return n}function ou(e,t,n,r){let i=[];for(let o of e){if(o.code==="unrecognized_keys"){let l=rS(t,o.path);for(let f of o.keys){let p=[...o.path,f],m=Ge(f,l),b=n.lineOf(p);i.push(new Z(`unknown key \`${f}\``,{file:r,...b!==void 0?{line:b}:{},path:O2(p)},m?`did you mean \`${m}\`?`:`allowed keys: ${l.join(", ")}`))}continue}let s=n.lineOf(o.path),a=oS(n.value,o.path),c={file:r,...s!==void 0?{line:s}:{},path:O2(o.path)};if(a===void 0){let l=o.code==="custom"?o.message.replace(/^expected /,"add "):void 0;i.push(new Z(`missing required \`${String(o.path.at(-1))}\``,c,l));continue}let u=o.code==="invalid_type"?`expected ${iS[o.expected]??o.expected}, got ${iu(a)}`:o.message.includes(", got ")?o.message:`${o.message}, got ${iu(a)}`;i.push(new Z(u,c,sS(o,a)))}return i}function sS(e,t){if(e.code!=="invalid_value"||typeof t!="string")return;let n=e.values.filter(o=>typeof o=="string");if(!n.length)return;let r=String(e.path.at(-1)),i=Ge(t,n);return i?`did you mean \`${r}: ${i}\`?`:`write \`${r}:\` as one of ${n.join(", ")}`}var wt=e=>e.trim().toLowerCase();function su(e){let t=new Map,n=new Map,r=new Map,i=new Map,o=new Map;for(let s of e){if(t.has(s.provider))throw new Z(`provider ${s.provider} appears in two catalog files`);t.set(s.provider,s);for(let a of s.models)for(let c of[a.id,...a.aliases]){let u=`${s.provider}\0${wt(c)}`;if(n.has(u))throw new Z(`catalog ${s.provider}: model name \`${c}\` is used twice`,void 0,"make ids and aliases unique");n.set(u,{provider:s,model:a}),n.set(`${s.provider}\0${c}`,{provider:s,model:a})}o.set(s.provider,new Set((s.communitySources??[]).map(wt)));for(let a of s.architectures??[]){let c=aS(a);i.set(`${s.provider}\0${a.id}`,{provider:s,model:c,architecture:{entry:a}});for(let u of a.models??[]){let l=`${s.provider}\0${wt(u.id)}`;if(n.has(l))throw new Z(`catalog ${s.provider}: community model \`${u.id}\` is also a model name or listed twice`,void 0,"list a community model under one architecture, and not as a model too");let f={provider:s,model:c,architecture:{entry:a,known:u}};n.set(l,f),n.set(`${s.provider}\0${u.id}`,f)}}for(let a of s.unpricedNames??[])for(let c of a.ids){let u=`${s.provider}\0${wt(c)}`;if(n.has(u)||r.has(u))throw new Z(`catalog ${s.provider}: unpriced name \`${c}\` is also a model name or listed twice`,void 0,"a name is either a model (priced) or an unpriced name, once");r.set(u,a)}}return Object.freeze({providers:Object.freeze(e),provider:s=>t.get(wt(s)),model:(s,a)=>n.get(`${s}\0${a}`)??n.get(`${wt(s)}\0${wt(a)}`),unpricedName:(s,a)=>r.get(`${wt(s)}\0${wt(a)}`),architecture:(s,a)=>i.get(`${wt(s)}\0${wt(a)}`),isCommunity(s,a){let c=a.indexOf(":");return c>0&&(o.get(wt(s))?.has(wt(a.slice(0,c)))??!1)},suggest(s,a){let c=t.get(wt(s));return c?Ge(a,c.models.flatMap(u=>[u.id,...u.aliases]),4):void 0}})}function aS(e){return{id:e.id,name:e.name,kind:"image",aliases:[],requires:[],defaults:{},accepts:{},rates:e.rates,...e.note?{note:e.note}:{}}}var bo=30;function nh(e,t){let n=/^\s*(\d{1,5})\s*d?\s*$/.exec(e);if(!n)throw new Z(`${t}: expected a number of days such as \`30d\`, got \`${e}\``,void 0,`pass ${t} 30d`);return Number(n[1])}function rh(e,t,n=bo){let r=Math.floor((Date.parse(`${t}T00:00:00Z`)-Date.parse(`${e}T00:00:00Z`))/864e5);return r>n?r:void 0}function C2(e,t){let n=t.loOpen?e.greaterThan(t.lo):e.greaterThanOrEqualTo(t.lo),r=t.hiOpen?e.lessThan(t.hi):e.lessThanOrEqualTo(t.hi);return n&&r}var N2=JSON.parse(String.raw`[
  {
    "provider": "fal",
    "name": "fal.ai",
    "currency": "USD",
    "billingSource": "https://docs.fal.ai/documentation/model-apis/pricing",
    "defaults": {},
    "accepts": {},
    "surcharges": [],
    "models": [
      {
        "id": "fal-ai/flux/dev",
        "name": "FLUX.1 [dev]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.025",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux/dev",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "fal bills by rounding up to the nearest megapixel but does not define the megapixel; 1,048,576 pixels matches its published $0.025 per 1024x1024 image."
          }
        ]
      },
      {
        "id": "fal-ai/flux/schnell",
        "name": "FLUX.1 [schnell]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.003",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux/schnell",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Rate from a single third-party table, not confirmed on fal's page. fal does not define the megapixel; 1,048,576 pixels matches its published $0.025 per 1024x1024 figure for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/qwen-image",
        "name": "Qwen Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.02",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/qwen-image",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Rate not confirmed on fal's page (users report bills far above it). fal does not define the megapixel; 1,048,576 pixels matches its published $0.025 per 1024x1024 figure for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/flux-lora",
        "name": "FLUX.1 [dev] with LoRAs",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.035",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-lora",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.035 per megapixel from a third-party table (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md), not confirmed on fal's page; fal rounds up to the megapixel and does not define it (1,048,576 px as for flux/dev)."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4.5/text-to-image",
        "name": "Seedream 4.5",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/text-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From the December 2026 audit of fal's model pages; not re-read for this entry."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4/text-to-image",
        "name": "Seedream 4.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4/text-to-image",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "From a single third-party source; not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext",
        "name": "FLUX.1 Kontext [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana",
        "name": "Nano Banana",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.039",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/nano-banana",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Model page figure; fal's pricing page shows $0.0398 per image."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1-ultra",
        "name": "FLUX1.1 [pro] ultra",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/flux-pro-v1.1-ultra",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal's API reference: $0.06 per image, whatever the aspect ratio (up to 4 MP)."
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana-2/edit",
        "name": "Nano Banana 2 Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "resolution": "0.5K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "1K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.08 per image at 1K; 2K and 4K 1.5x and 2x, 0.5K 0.75x. Web search adds $0.015 and high thinking $0.002 per request; neither is priced here."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.12",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext/max",
        "name": "FLUX.1 Kontext [max]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext/max",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext/text-to-image",
        "name": "FLUX.1 Kontext [pro] text to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext/text-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/kontext/multi",
        "name": "FLUX.1 Kontext [pro] multi image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/kontext/multi",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1-ultra/redux",
        "name": "FLUX1.1 [pro] ultra Redux",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1-ultra/redux",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1/redux",
        "name": "FLUX1.1 [pro] Redux",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1/redux",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1-ultra-finetuned",
        "name": "FLUX1.1 [pro] ultra fine-tuned",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.07",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1-ultra-finetuned",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Per-image figure from a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page."
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana-pro",
        "name": "Nano Banana Pro",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's page text as quoted word for word in several public repositories (cost tables in TypeScript and Rust clients of fal); fal's page itself was not read. 1K and 2K cost the same."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Double the standard $0.15, per fal's text as quoted in public repositories; fal's page not read."
          }
        ],
        "note": "fal: \"$0.15 per image ... 4K outputs will be charged at double the standard rate. If web search is used, an additional $0.015 will be charged\" (web search is not priced here)."
      },
      {
        "id": "fal-ai/nano-banana-pro/edit",
        "name": "Nano Banana Pro Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Public code quotes the /edit page's own text (\"Your request will cost $0.15 per image. 4K outputs will be charged at double the standard rate.\"); fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-pro/edit/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Double the standard $0.15, per the /edit page's text as quoted in public code; fal's page not read."
          }
        ],
        "note": "Billed per output image; fal does not charge the input images. Web search adds $0.015 per request (not priced here)."
      },
      {
        "id": "fal-ai/nano-banana-2",
        "name": "Nano Banana 2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "resolution": "0.5K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "0.75 x $0.08. Public code quotes this page's text (\"$0.08 per image ... 2K and 4K outputs will be charged at 1.5 times and 2 times the standard rate ... 0.5K ... 0.75 times\", \"same text on /edit\"), which matches the fal-ai/nano-banana-2/edit page read for this catalog; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "1K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's text as quoted in public code (and fal's pricing API figure, $0.08, reported there); page not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.12",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1.5 x $0.08, per fal's text as quoted in public code; page not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/models/fal-ai/nano-banana-2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.08, per fal's text as quoted in public code; page not read."
          }
        ],
        "note": "Web search adds $0.015 and high thinking $0.002 per request; neither is priced here."
      },
      {
        "id": "fal-ai/clarity-upscaler",
        "name": "Clarity Upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.03",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/clarity-upscaler/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.03 per megapixels\". fal says neither whether it counts the input or the upscaled output nor how it rounds; priced on the width x height the workload states (give the output size), unrounded, with 1,048,576 pixels a megapixel as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/flux/dev/image-to-image",
        "name": "FLUX.1 [dev] image to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.025",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux/dev/image-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.025 per megapixel for fal-ai/flux-1/dev/image-to-image in a third-party reseller's copy of fal's prices (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html), not confirmed on fal's page; rounding and megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v5/lite/text-to-image",
        "name": "Seedream 5 Lite",
        "kind": "image",
        "aliases": [
          "fal-ai/bytedance/seedream/v5/lite/edit"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.035",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v5/lite/text-to-image/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.035 per images\", text to image and /edit alike, as quoted in a public price table; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4/edit",
        "name": "Seedream 4.0 Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4/edit",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.03 per images\", text to image and /edit alike, as quoted in a public price table; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/ideogram/v3",
        "name": "Ideogram V3",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {
              "quality": "TURBO"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"$0.03 with TURBO, $0.06 with BALANCED, and $0.09 with QUALITY\" as quoted in a public price table; fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "quality": "BALANCED"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's text as quoted in a public price table; fal's page not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.09",
            "per": "1",
            "when": {
              "quality": "QUALITY"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's text as quoted in a public price table; fal's page not read."
          }
        ],
        "note": "The quality attribute is fal's rendering_speed (TURBO, BALANCED or QUALITY)."
      },
      {
        "id": "fal-ai/minimax/hailuo-02/standard/image-to-video",
        "name": "MiniMax Hailuo 02 Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "resolution": "768P"
            },
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-02/standard/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second at 768P. From the December 2026 audit of fal's model pages; not re-read for this entry. Other resolutions stay unpriced."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/hailuo-2.3/standard/text-to-video",
        "name": "MiniMax Hailuo 2.3 Standard text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.28",
            "per": "1",
            "when": {
              "seconds": 6
            },
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-2.3/standard/text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.28 per 6 s video. From the December 2026 audit of fal's model pages; not re-read for this entry."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.56",
            "per": "1",
            "when": {
              "seconds": 10
            },
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-2.3/standard/text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.56 per 10 s video. From the December 2026 audit of fal's model pages; not re-read for this entry."
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/reference-to-video",
        "name": "Veo 3.1 reference to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/reference-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/fast/first-last-frame-to-video",
        "name": "Veo 3.1 Fast first/last frame to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.35",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/image-to-video",
        "name": "Veo 3.1 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's page for this endpoint was not read; a third-party guide (https://videopromptkit.com/blog/veo3-1-overview-veo-3-1-model-overview-with-practical-production-steps) says it costs what fal-ai/veo3.1 costs."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Same price as fal-ai/veo3.1 per a third-party guide; fal's page for this endpoint not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Same price as fal-ai/veo3.1 per a third-party guide; fal's page for this endpoint not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Same price as fal-ai/veo3.1 per a third-party guide; fal's page for this endpoint not read."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/text-to-video",
        "name": "Sora 2 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/sora-2/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.1 per second for Sora 2 (durations 4, 8, 12, 16 or 20 s)."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/text-to-video/pro",
        "name": "Sora 2 Pro text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/docs/model-api-reference/video-generation-api/sora-2-text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From the performance table of fal's API reference ($0.30/s at 720p, $0.50/s at 1080p); the table's text is garbled, so the figures are not confirmed."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/docs/model-api-reference/video-generation-api/sora-2-text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From the performance table of fal's API reference ($0.30/s at 720p, $0.50/s at 1080p); the table's text is garbled, so the figures are not confirmed."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.6/pro/image-to-video",
        "name": "Kling 2.6 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.07",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.6/pro/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.14",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.6/pro/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.07/s without audio, $0.14/s with native audio; with audio and voice control (voice_ids) $0.168/s, which is not priced here."
          }
        ],
        "note": "fal accepts durations of 5 or 10 s only."
      },
      {
        "id": "fal-ai/kling-video/v2.5-turbo/standard/image-to-video",
        "name": "Kling 2.5 Turbo Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            5,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.042",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "0.21"
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.5-turbo/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.21 for 5 s, then $0.042 per extra second; fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/pro/image-to-video",
        "name": "Kling 2.1 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.098",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/pro/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.49 for 5 s, then $0.098 per extra second; fal accepts 5 or 10 s, so this is exactly $0.098 per second."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/standard/image-to-video",
        "name": "Kling 2.1 Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.056",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.28 for 5 s, then $0.056 per extra second; fal accepts 5 or 10 s, so this is exactly $0.056 per second."
          }
        ]
      },
      {
        "id": "fal-ai/wan-25-preview/text-to-video",
        "name": "Wan 2.5 Preview",
        "kind": "video",
        "aliases": [
          "fal-ai/wan-25-preview/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.05",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/text-to-video",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/text-to-video",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/text-to-video",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.5-turbo/pro/image-to-video",
        "name": "Kling 2.5 Turbo Pro",
        "kind": "video",
        "aliases": [
          "fal-ai/kling-video/v2.5-turbo/pro/text-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.07",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "0.35"
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.5-turbo/pro/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "$0.35 for the first 5 s of each clip, then $0.07 per extra second."
          }
        ]
      },
      {
        "id": "fal-ai/veo3",
        "name": "Veo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1",
        "name": "Veo 3.1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/ovi",
        "name": "Ovi",
        "kind": "video",
        "aliases": [
          "fal-ai/ovi/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/ovi",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/veo3/fast",
        "name": "Veo 3 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.10/s without audio, $0.15/s with, from a third-party price list that cites this page and fal's pricing API ($0.15 per second); fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party price list citing this page and fal's pricing API; fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/fast",
        "name": "Veo 3.1 Fast",
        "kind": "video",
        "aliases": [
          "fal-ai/veo3.1/fast/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.35",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          }
        ],
        "note": "Text to video and image to video. A third-party digest of fal's Veo 3.1 pages gives one Fast price for fast, fast/image-to-video and fast/first-last-frame-to-video; the last of these was read on fal's page and its figures are the same."
      },
      {
        "id": "fal-ai/veo3.1/first-last-frame-to-video",
        "name": "Veo 3.1 first/last frame to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1080p"
              ],
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.60",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/first-last-frame-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party digest of fal's Veo 3.1 pages; this page itself was not read."
          }
        ],
        "note": "A third-party digest of fal's Veo 3.1 pages gives one Standard price for veo3.1, image-to-video and first-last-frame-to-video (the same as fal-ai/veo3.1)."
      },
      {
        "id": "fal-ai/bytedance/omnihuman/v1.5",
        "name": "OmniHuman 1.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.16",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/learn/devs/omnihuman-15-user-guide",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal's OmniHuman 1.5 guide: \"$0.16/second\", one rate at 720p and 1080p."
          }
        ],
        "note": "The video is as long as the input audio (at most 60 s at 720p, 30 s at 1080p): give that length as seconds."
      },
      {
        "id": "fal-ai/minimax/video-01",
        "name": "MiniMax Video-01",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/video-01",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Your request will cost $0.5 per video.\" as quoted in public code; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v3/pro/text-to-video",
        "name": "Kling 3.0 Pro",
        "kind": "video",
        "aliases": [
          "fal-ai/kling-video/v3/pro/image-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.112",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.112/s without audio, $0.168/s with, as two public price lists quote fal's page (one notes fal's pricing API reports a single $0.14/s); fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.168",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "As quoted from fal's page in public price lists; fal's page not read."
          }
        ],
        "note": "With voice control (voice_ids) fal charges $0.196/s, which is not priced here. A third-party digest of fal's pages gives one Pro price for text to video and image to video."
      },
      {
        "id": "fal-ai/kling-video/v3/standard/image-to-video",
        "name": "Kling 3.0 Standard",
        "kind": "video",
        "aliases": [
          "fal-ai/kling-video/v3/standard/text-to-video"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.084",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.084/s without audio, $0.126/s with, as public price lists quote fal's page; fal's pricing API is reported to give $0.14/s instead. fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.126",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/standard/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Page figure as quoted in public price lists; one of them reports fal's pricing API at $0.14/s for this model."
          }
        ],
        "note": "With voice control fal charges $0.154/s, which is not priced here. A third-party digest of fal's pages gives one Standard price for text to video and image to video."
      },
      {
        "id": "fal-ai/bria/background/remove",
        "name": "Bria RMBG 2.0 (background removal)",
        "kind": "other",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.018",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bria/background/remove",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Per-request figure from a third-party model table, not yet confirmed on fal's model page."
          }
        ]
      },
      {
        "id": "fal-ai/trellis",
        "name": "Trellis (image to 3D)",
        "kind": "other",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/trellis",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Per-request figure from a third-party model table, not yet confirmed on fal's model page."
          }
        ]
      },
      {
        "id": "fal-ai/pixverse/v6/extend",
        "name": "PixVerse v6 Extend",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.025",
            "per": "1",
            "when": {
              "resolution": "360p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.035",
            "per": "1",
            "when": {
              "resolution": "360p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.035",
            "per": "1",
            "when": {
              "resolution": "540p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "resolution": "540p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.060",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.090",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.115",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/pixverse/v6/extend/llms.txt",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/tts/multilingual-v2",
        "name": "ElevenLabs TTS Multilingual v2",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.10",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/tts/multilingual-v2/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.10 per 1,000 characters, as a public price list quotes fal's page and pricing API; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/tts/turbo-v2.5",
        "name": "ElevenLabs TTS Turbo v2.5",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.05",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/tts/turbo-v2.5/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per 1,000 characters, as a public price list quotes fal's page and pricing API; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/speech-2.8-hd",
        "name": "MiniMax Speech 2.8 [HD]",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/speech-2.8-hd/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.1 per 1000 characters."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1.1",
        "name": "FLUX1.1 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1.1",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per image as two price lists quote fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html, https://lumenfall.ai/models/black-forest-labs/flux1.1-pro); another (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md) says $0.055 per megapixel. fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/flux-kontext-lora",
        "name": "FLUX.1 Kontext [dev] with LoRAs",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.035",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-kontext-lora",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.035 per megapixel from a third-party table (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md), not confirmed on fal's page; fal rounds up to the megapixel and does not define it (1,048,576 px as for flux/dev)."
          }
        ]
      },
      {
        "id": "fal-ai/flux-2-flex",
        "name": "FLUX.2 [flex]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-2-flex",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel from third-party tables (https://skillspool.org/zh/skills/joernstoehler-dnd-claude-code-claude-skills-fal-flux-prompting-skill-md, https://www.infr.sh/api/v/flux-2-flex), not confirmed on fal's page. They say input megapixels are billed too; only the output is counted here."
          }
        ]
      },
      {
        "id": "fal-ai/recraft/v3/text-to-image",
        "name": "Recraft V3 text to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/recraft/v3/text-to-image",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per image as the December 2026 audit and a public model list (https://keigit.com/keisei/KeiSeiKit-1.0/raw/commit/596e0b20a157648349d5522cff59229e8d71da71/_blocks/api-fal-ai.md) quote fal; fal's page not read. Vector styles may cost more."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v1.6/standard/image-to-video",
        "name": "Kling 1.6 Standard image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v1.6/standard/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v1.6/pro/image-to-video",
        "name": "Kling 1.6 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.095",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v1.6/pro/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.095 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/master/image-to-video",
        "name": "Kling 2.1 Master image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.28",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/master/image-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.28 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. That table lists v2.1 pro at $0.09/s where fal says $0.098/s, so it may lag. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v2.1/master/text-to-video",
        "name": "Kling 2.1 Master text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.28",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v2.1/master/text-to-video",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.28 per second as a reseller's table quotes fal (https://oauth.openai-hk.com/docs/en/lab/fal-ai.html); fal's page not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/image-to-video",
        "name": "Sora 2 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {
              "seconds": [
                4,
                8,
                12
              ]
            },
            "source": "https://fal.ai/models/fal-ai/sora-2/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: \"The pricing is $0.1/s for Sora 2.\""
          }
        ],
        "note": "fal accepts durations of 4, 8 or 12 s."
      },
      {
        "id": "fal-ai/elevenlabs/text-to-dialogue/eleven-v3",
        "name": "ElevenLabs text to dialogue (Eleven v3)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/text-to-dialogue/eleven-v3/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.1 per 1000 characters (all dialogue blocks together)."
          }
        ]
      },
      {
        "id": "fal-ai/luma-dream-machine/ray-2-flash",
        "name": "Luma Ray 2 Flash text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.2",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "540p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.8",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {
              "seconds": 9,
              "resolution": "540p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.8",
            "per": "1",
            "when": {
              "seconds": 9,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "1.6",
            "per": "1",
            "when": {
              "seconds": 9,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x; 9 s costs 2x."
          }
        ],
        "note": "fal accepts 5 or 9 s at 540p, 720p or 1080p."
      },
      {
        "id": "fal-ai/luma-dream-machine/ray-2-flash/image-to-video",
        "name": "Luma Ray 2 Flash image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.2",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "540p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x. fal does not say what 9 s costs here, so 9 s stays unpriced."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x. fal does not say what 9 s costs here, so 9 s stays unpriced."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.8",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/image-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.2 per 5 s at 540p; 720p costs 2x, 1080p 4x. fal does not say what 9 s costs here, so 9 s stays unpriced."
          }
        ]
      },
      {
        "id": "fal-ai/imagen4/preview",
        "name": "Imagen 4 (preview)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/imagen4/preview",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per image as a competitor's comparison quotes fal (https://muapi.ai/ko/comparison/google-imagen4); fal's page not read. The fast and ultra endpoints are priced separately and not here."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/speech-02-hd",
        "name": "MiniMax Speech-02 HD",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/speech-02-hd",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.10 per 1,000 characters as a pass-through gateway lists it (https://aigateway.sh/models/minimax/minimax-speech-02-hd); fal's page not read. fal prices speech-02-turbo at $0.06 and speech-2.8-hd at $0.1 per 1,000 characters."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro",
        "name": "FLUX.1 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/flux-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per image as a gateway that calls fal with its users' own keys lists it (https://www.hiway2llm.com/docs/multimodal/multimodal-images); fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/playai/tts/dialog",
        "name": "PlayAI text-to-speech dialog",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.05",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/playai/tts/dialog/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "fal: $0.05 per minute of audio generated."
          }
        ]
      },
      {
        "id": "fal-gpu/H100",
        "name": "fal GPU H100",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "1.89",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "fal shows 'as low as $1.89/h'; list price unconfirmed"
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/H200",
        "name": "fal GPU H200",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "4.50",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "2.10",
              "note": "fal advertises 'as low as $2.10/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "List price $4.50/h; fal also advertises 'as low as $2.10/h'."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/B200",
        "name": "fal GPU B200",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "6.25",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "3.49",
              "note": "fal advertises 'as low as $3.49/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "List price $6.25/h; fal also advertises 'as low as $3.49/h'."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/B300",
        "name": "fal GPU B300",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "8.50",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "4.49",
              "note": "fal advertises 'as low as $4.49/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "List price $8.50/h (fal also advertises 'as low as $4.49/h'), from an audit of fal's pricing page; not re-read for this entry."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-gpu/RTX-PRO-6000",
        "name": "fal GPU RTX PRO 6000",
        "kind": "gpu",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "2.99",
            "per": "3600",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "range": {
              "low": "1.10",
              "note": "fal advertises 'as low as $1.10/h' for this GPU; what an account pays between that and the list price is not published"
            },
            "source": "https://fal.ai/pricing",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "List price $2.99/h (fal also advertises 'as low as $1.10/h'), from an audit of fal's pricing page; not re-read for this entry."
          }
        ],
        "note": "Serverless billing rules at https://docs.fal.ai/documentation/serverless/pricing."
      },
      {
        "id": "fal-ai/bytedance/seedance/v1/pro/fast/text-to-video",
        "name": "Seedance 1.0 Pro Fast text to video",
        "kind": "video",
        "aliases": [
          "fal-ai/bytedance/seedance/v1/pro/fast/image-to-video"
        ],
        "requires": [],
        "defaults": {
          "width": 1920,
          "height": 1080,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": [
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "1",
            "per": "1000000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1/pro/fast/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal defaults to 1080p at 16:9 (1920x1080); Seedance renders 24 fps, which reproduces fal's own figure of about $0.243 for a 5 s 1080p clip. Give width and height for other resolutions."
      },
      {
        "id": "fal-ai/bytedance/seedance/v1.5/pro/text-to-video",
        "name": "Seedance 1.5 Pro text to video",
        "kind": "video",
        "aliases": [
          "fal-ai/bytedance/seedance/v1.5/pro/image-to-video"
        ],
        "requires": [],
        "defaults": {
          "width": 1280,
          "height": 720,
          "fps": 24,
          "audio": true
        },
        "accepts": {},
        "allowed": {
          "seconds": [
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "2.4",
            "per": "1000000",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1.5/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "1.2",
            "per": "1000000",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1.5/pro/text-to-video/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal defaults to 720p at 16:9 (1280x720) with audio; 24 fps reproduces fal's figure of about $0.26 for a 5 s 720p clip with audio. Give width and height for other resolutions."
      },
      {
        "id": "fal-ai/wan-i2v",
        "name": "Wan 2.1 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "frames": 81
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {
              "resolution": "480p",
              "frames": {
                "lte": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "$0.2 per 480p video at up to the default frames."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.25",
            "per": "1",
            "when": {
              "resolution": "480p",
              "frames": {
                "gt": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "1.25 x $0.2: more than the default frames cost 1.25x."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.40",
            "per": "1",
            "when": {
              "resolution": "720p",
              "frames": {
                "lte": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "$0.4 per 720p video at up to the default frames."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.50",
            "per": "1",
            "when": {
              "resolution": "720p",
              "frames": {
                "gt": 81
              }
            },
            "source": "https://fal.ai/models/fal-ai/wan-i2v/llms.txt",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "1.25 x $0.4: more than the default frames cost 1.25x."
          }
        ],
        "note": "fal: $0.2 at 480p, $0.4 at 720p per video; more than the default frames cost 1.25x. The default of 81 frames is Wan 2.1's; fal's page excerpt does not restate it."
      },
      {
        "id": "fal-ai/heygen/avatar4/image-to-video",
        "name": "HeyGen Photo Avatar 4 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/heygen/avatar4/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"Your request will cost $0.1 per output video second\", one rate at every resolution (360p to 1080p)."
          }
        ],
        "note": "The video is as long as the speech (the prompt read aloud, or the audio given): give that length as seconds."
      },
      {
        "id": "fal-ai/gemini-3-pro-image-preview",
        "name": "Gemini 3 Pro Image Preview",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal's API reference: \"Cost per Image $0.15\"; \"4K outputs charged at 2x standard rate\"."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "2 x $0.15 at 4K, per fal's API reference."
          }
        ],
        "note": "Gemini 3 Pro Image is the model fal also serves as Nano Banana Pro; this endpoint is priced on its own page. Web search is not priced here."
      },
      {
        "id": "fal-ai/gemini-3-pro-image-preview/edit",
        "name": "Gemini 3 Pro Image Preview Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's API reference page holds the generate and edit endpoints under one price table ($0.15 per image, 4K 2x); a model directory (https://lumenfall.ai/models/google/gemini-3-pro-image-preview) lists the same for the edit endpoint. fal's own /edit page was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/gemini-3-pro-image-preview",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.15 at 4K, from the shared price table; fal's /edit page not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3.1/fast/extend-video",
        "name": "Veo 3.1 Fast extend video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/extend-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.10 (audio off) or $0.15 (audio on)\" for every second of video generated."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3.1/fast/extend-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: a 5 s video with audio on costs $0.75."
          }
        ],
        "note": "Billed per second of the new video generated (fal's default is 7 s at 720p); the input video is not billed."
      },
      {
        "id": "fal-ai/kling-video/v3/4k/image-to-video",
        "name": "Kling 3.0 4K image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.42",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/4k/image-to-video/playground",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.42 regardless of whether audio is on or off\" per second (a 5 s video costs $2.10); voice control is not priced on that page, so it is not priced here."
          }
        ]
      },
      {
        "id": "fal-ai/sora-2/image-to-video/pro",
        "name": "Sora 2 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.30",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/sora-2/image-to-video/pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.30/s at 720p and $0.50/s at 1080p as a model directory lists fal's price for this endpoint (https://lumenfall.ai/models/openai/sora-2-pro); fal's page for it was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/sora-2/image-to-video/pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As a model directory lists fal's price (https://lumenfall.ai/models/openai/sora-2-pro); fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v3/4k/text-to-video",
        "name": "Kling 3.0 4K text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 3,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.42",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/v3/4k/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.42 regardless of whether audio is on or off\" per second (a 5 s video costs $2.10); fal accepts 3 to 15 s. Voice control is not priced on that page, so it is not priced here."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/speech-2.8-turbo",
        "name": "MiniMax Speech 2.8 [Turbo]",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.06",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/speech-2.8-turbo",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.06 per 1,000 characters as a reseller of fal's MiniMax endpoints lists it (https://www.eachlabs.ai/minimax/minimax-speech/minimax-speech-2-8-turbo/llms.txt); fal's page was not read. fal prices speech-02-turbo at $0.06 and speech-2.8-hd at $0.1 per 1,000 characters."
          }
        ]
      },
      {
        "id": "fal-ai/minimax-music/v2",
        "name": "MiniMax Music 2.0",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax-music/v2/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.03 per generations\" (one song per request)."
          }
        ]
      },
      {
        "id": "fal-ai/wan/v2.2-a14b/image-to-video/turbo",
        "name": "Wan 2.2 A14B Turbo image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.05",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.10 per video for 720p, $0.075 per video for 580p, $0.05 per video for 480p\"."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.075",
            "per": "1",
            "when": {
              "resolution": "580p"
            },
            "source": "https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.10",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-video/turbo/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal's default is 720p."
      },
      {
        "id": "fal-ai/ltx-2.3/text-to-video",
        "name": "LTX 2.3 Pro text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            8,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/ltx-2.3/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.08 per second for 1080p, $0.16 per second for 1440p or $0.32 per second for 2160p\"."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": "1440p"
            },
            "source": "https://fal.ai/models/fal-ai/ltx-2.3/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.32",
            "per": "1",
            "when": {
              "resolution": "2160p"
            },
            "source": "https://fal.ai/models/fal-ai/ltx-2.3/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal's default is 6 s at 1080p."
      },
      {
        "id": "veed/fabric-1.0",
        "name": "VEED Fabric 1.0 (image and audio to talking video)",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://fal.ai/models/veed/fabric-1.0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.08/s at 480p and $0.15/s at 720p as VEED's own skill for this endpoint states (https://clawhub.ai/api/v1/skills/veed-skill/file?path=rules%2Flip-sync.md) and fal's page for the sibling veed/fabric-1.0/text shows; fal's page for this endpoint was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/veed/fabric-1.0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As VEED's skill for this endpoint states; fal's page for it not read. The /fast endpoint costs more and is not priced here."
          }
        ],
        "note": "The video is as long as the input audio (under 30 s): give that length as seconds."
      },
      {
        "id": "fal-ai/pika/v2.2/image-to-video",
        "name": "Pika 2.2 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"5 second video at 720p costs $0.20. 5 second video at 1080p costs $0.45.\""
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.45",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal accepts 5 or 10 s at 720p or 1080p but publishes the price of a 5 s clip only, so 10 s stays unpriced."
      },
      {
        "id": "fal-ai/pika/v2.2/text-to-video",
        "name": "Pika 2.2 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.20",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "720p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"5 second video at 720p costs $0.20. 5 second video at 1080p costs $0.45.\""
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.45",
            "per": "1",
            "when": {
              "seconds": 5,
              "resolution": "1080p"
            },
            "source": "https://fal.ai/models/fal-ai/pika/v2.2/text-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true
          }
        ],
        "note": "fal accepts 5 or 10 s at 720p or 1080p but publishes the price of a 5 s clip only, so 10 s stays unpriced."
      },
      {
        "id": "fal-ai/dia-tts",
        "name": "Dia TTS",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.04",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/dia-tts",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per 1,000 characters as two model directories quote fal's price (https://renas.ai/models/dia-tts, https://inference.sh/apps/falai); fal's page was not read. The voice-clone endpoint is priced separately."
          }
        ]
      },
      {
        "id": "fal-ai/kokoro/american-english",
        "name": "Kokoro TTS (American English)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.02",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kokoro/american-english",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.02 per 1,000 characters as two model directories quote fal's Kokoro price (https://renas.ai/models/dia-tts, https://inference.sh/apps/falai); fal's page was not read. fal's own Kokoro example app bills by characters."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v3/text-to-image",
        "name": "Seedream 3.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v3/text-to-image/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.03 per images\", whatever the size (512 to 2048 px a side)."
          }
        ]
      },
      {
        "id": "fal-ai/imagen4/preview/fast",
        "name": "Imagen 4 Fast (preview)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/imagen4/preview/fast",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.02 per image as a model directory lists fal's price for this endpoint (https://lumenfall.ai/models/google/imagen-4.0-fast-generate-001); fal's page was not read."
          }
        ]
      },
      {
        "id": "bytedance/seedance-2.0/image-to-video",
        "name": "Seedance 2.0 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "width": 1280,
          "height": 720,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 4,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "0.014",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/bytedance/seedance-2.0/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.014 per 1000 tokens. The number of tokens is given by (height of output video * width of output video * duration * 24) / 1024\"; $0.3024 per second at 720p."
          }
        ],
        "note": "Billed in tokens = width x height x seconds x 24 / 1024, audio included at no extra cost. fal defaults to 720p; 1280x720 at 24 fps reproduces fal's $0.3024 per second. Give width and height for 480p, 1080p or other aspect ratios, and seconds for fal's \u0060auto\u0060 duration (4 to 15 s)."
      },
      {
        "id": "bytedance/seedance-2.0/fast/image-to-video",
        "name": "Seedance 2.0 Fast image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "width": 1280,
          "height": 720,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 4,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "0.0112",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/seedance-2/fast/image-to-video/playground",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"$0.0112 per 1000 tokens\", tokens = height x width x duration x 24 / 1024; $0.2419 per second at 720p (21,600 tokens a second x $0.0112 / 1000 = $0.24192)."
          }
        ],
        "note": "Billed in tokens = width x height x seconds x 24 / 1024, audio included. fal defaults to 720p (480p is the other choice); 1280x720 at 24 fps reproduces fal's $0.2419 per second. Give seconds for fal's \u0060auto\u0060 duration."
      },
      {
        "id": "fal-ai/hidream-i1-full",
        "name": "HiDream I1 Full",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/hidream-i1-full",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel as a model directory records fal's price (https://lumenfall.ai/models/hidream-ai/hidream-i1-full/llms.txt); fal's page was not read. fal rounds up to the megapixel and does not define it (1,048,576 px as for flux/dev)."
          }
        ]
      },
      {
        "id": "fal-ai/z-image/turbo",
        "name": "Z-Image Turbo",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.005",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/docs/model-api-reference/image-generation-api/z-image-turbo",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's API reference: \"$0.005 per megapixel\" (up to 4 MP). fal rounds up to the megapixel but does not define it; 1,048,576 pixels as for flux/dev."
          }
        ],
        "note": "Prompt expansion adds $0.0025 per request, which is not priced here."
      },
      {
        "id": "fal-ai/qwen-image-edit",
        "name": "Qwen Image Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.03",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/qwen-image-edit/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal: \"$0.03 per megapixels\" of output. fal rounds up to the megapixel but does not define it; 1,048,576 pixels as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/hunyuan-video",
        "name": "Hunyuan Video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.4",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/hunyuan-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.4 per videos\" as its llms.txt is copied in a public repository, and $0.4 per video in another's fal price table; fal's page itself was not read. A third table, said to be read from fal's pricing API in January 2026, gives $0.075 per second instead."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/video-01-live",
        "name": "MiniMax Video-01 Live text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/video-01-live/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.5 per videos\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/minimax/video-01-live/image-to-video",
        "name": "MiniMax Video-01 Live image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/video-01-live/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.5 per videos\" for this endpoint, as its llms.txt is copied in two public repositories; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/topaz/upscale/video",
        "name": "Topaz Video Upscale",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "fps": 30
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.01",
            "per": "1",
            "when": {
              "resolution": [
                "480p",
                "540p",
                "720p"
              ],
              "fps": {
                "lt": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"For every second a video your request will cost $0.01 for up to 720p, $0.02 for 720p to 1080p, and $0.08 for above 1080p output. Price doubles for 60fps output.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.02",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "fps": {
                "lt": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's text as copied in a public repository; fal's page not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.08",
            "per": "1",
            "when": {
              "resolution": [
                "1440p",
                "2K",
                "4K"
              ],
              "fps": {
                "lt": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's text as copied in a public repository; fal's page not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.02",
            "per": "1",
            "when": {
              "resolution": [
                "480p",
                "540p",
                "720p"
              ],
              "fps": {
                "gte": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.01: the price doubles for 60fps output, per fal's text as copied in a public repository."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.04",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "fps": {
                "gte": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.02: the price doubles for 60fps output, per fal's text as copied in a public repository."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.16",
            "per": "1",
            "when": {
              "resolution": [
                "1440p",
                "2K",
                "4K"
              ],
              "fps": {
                "gte": 60
              }
            },
            "source": "https://fal.ai/models/fal-ai/topaz/upscale/video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "2 x $0.08: the price doubles for 60fps output, per fal's text as copied in a public repository."
          }
        ],
        "note": "Billed per second of video by the output's resolution: up to 720p, 720p to 1080p, above 1080p; give the output resolution and fps. fal: \"Price doubles for 60fps output\"; frame rates under 60 are priced at the base rate here. Gaia 2 output costs half, which is not priced here (its workloads are overestimated)."
      },
      {
        "id": "fal-ai/esrgan",
        "name": "ESRGAN image upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "0.00111",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/esrgan/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Your request will cost $0.00111 per compute second\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal does not say how it rounds compute time."
          }
        ],
        "note": "Billed per compute second, not per image: give seconds as the compute time of one request (fal does not publish it in advance)."
      },
      {
        "id": "fal-ai/minimax/voice-clone",
        "name": "MiniMax voice cloning",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "1.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/voice-clone/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Each voice clone request will cost $1.5, with preview inputs costing $0.3 per 1000 characters.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          },
          {
            "charge": "preview",
            "unit": "character",
            "amount": "0.3",
            "per": "1000",
            "when": {
              "characters": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://fal.ai/models/fal-ai/minimax/voice-clone/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.3 per 1,000 characters of preview text, per fal's text as copied in a public repository."
          }
        ],
        "note": "One request clones one voice. Give characters only for the optional preview text read in the cloned voice."
      },
      {
        "id": "fal-ai/stable-diffusion-v35-large",
        "name": "Stable Diffusion 3.5 Large",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.065",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/stable-diffusion-v35-large/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.065 per megapixels\" as its llms.txt is copied in a public repository; fal's page itself was not read. Rounded up to the megapixel per image, 1,048,576 pixels a megapixel, as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/sync-lipsync",
        "name": "sync.so lipsync 1.9",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.7",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/sync-lipsync/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.7 per minutes\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal does not say how it rounds a part minute; priced by the second here."
          }
        ],
        "note": "Give seconds as the length of the output video."
      },
      {
        "id": "fal-ai/veo2",
        "name": "Veo 2 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "2.50"
            },
            "source": "https://fal.ai/models/fal-ai/veo2/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"For 5s video your request will cost $2.50. For every aditional second you will be charged $0.50.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo2/image-to-video",
        "name": "Veo 2 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.50",
            "per": "1",
            "when": {},
            "included": {
              "quantity": "5",
              "amount": "2.50"
            },
            "source": "https://fal.ai/models/fal-ai/veo2/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "\"$2.50 base + $0.50 per additional second\" for this endpoint in a public repository's model guide; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3/image-to-video",
        "name": "Veo 3 image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.20",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"For every second of video you generated, you will be charged $0.20 (audio off) or $0.40 (audio on).\" for this endpoint, as its llms.txt is copied in a public repository; fal's page itself was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.40",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3/image-to-video/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's text for this endpoint as copied in a public repository; fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/seedvr/upscale/image",
        "name": "SeedVR2 image upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.001",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/seedvr/upscale/image/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.001 per megapixels\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal says neither whether it counts the input or the upscaled output nor how it rounds; priced on the width x height the workload states (give the output size), unrounded, as clarity-upscaler."
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/music",
        "name": "ElevenLabs Music",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.8",
            "per": "60",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "60",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/elevenlabs/music/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"$0.8 per output audio minute. The audio will be rounded up to the closest minute. For instance, a generation with 30 seconds output will be billed as 1 minute.\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/elevenlabs/tts/eleven-v3",
        "name": "ElevenLabs TTS Eleven v3",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.1",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/elevenlabs/tts/eleven-v3/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.1 per 1000 characters\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/flux-2-pro/edit",
        "name": "FLUX.2 [pro] edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.015",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "included": {
              "quantity": "1",
              "amount": "0.03"
            },
            "source": "https://fal.ai/models/fal-ai/flux-2-pro/edit/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"$0.03 for the first megapixel of output, plus $0.015 per extra megapixel of input and output, rounded up to the nearest megapixel ... a 1920x1080 image will cost $0.045\" as its llms.txt is copied in a public repository; fal's page itself was not read. 1,048,576 pixels a megapixel reproduces that example (1920x1080 = 1.98 MP, billed 2)."
          }
        ],
        "note": "fal also bills the megapixels of the input images at $0.015 each; only the output is counted here, so edits with input images are underestimated."
      },
      {
        "id": "fal-ai/kling-video/ai-avatar/v2/pro",
        "name": "Kling AI Avatar v2 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.115",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/ai-avatar/v2/pro/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.115 per seconds\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ],
        "note": "The video is as long as the input audio; give that length as seconds."
      },
      {
        "id": "fal-ai/kling-video/ai-avatar/v2/standard",
        "name": "Kling AI Avatar v2 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0562",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/kling-video/ai-avatar/v2/standard/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.0562 per second as several public repositories' model tables quote fal (one rounds it to $0.056); fal's page was not read."
          }
        ],
        "note": "The video is as long as the input audio; give that length as seconds."
      },
      {
        "id": "fal-ai/ltx-video-v095/multiconditioning",
        "name": "LTX Video 0.9.5 multiconditioning",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/ltx-video-v095/multiconditioning/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.04 per videos\" as its llms.txt is copied in a public repository; fal's page itself was not read."
          }
        ]
      },
      {
        "id": "fal-ai/mmaudio-v2",
        "name": "MMAudio V2",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.001",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/mmaudio-v2/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.001 per seconds\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal does not say which seconds; they are taken as the generated audio's."
          }
        ],
        "note": "Give seconds as the duration of the generated audio (the request's duration)."
      },
      {
        "id": "fal-ai/luma-dream-machine",
        "name": "Luma Dream Machine 1.5 text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/luma-dream-machine",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.50 per video in public repositories' fal price tables (one, said to be read from fal's pricing API, gives it for the /image-to-video endpoint); fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/nano-banana/edit",
        "name": "Nano Banana edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.0398",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/nano-banana/edit",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.0398 per output image as two public repositories say they read it from fal's pricing API; others' fal price tables give $0.039. fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/playht/tts/v3",
        "name": "PlayHT TTS v3",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.03",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/playht/tts/v3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.03 per minute in a public repository's fal price table said to be read from fal's pricing API in January 2026 (unit \"minutes\"); fal's page was not read."
          }
        ],
        "note": "Give seconds as the length of the generated speech."
      },
      {
        "id": "fal-ai/f5-tts",
        "name": "F5 TTS",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "0.05",
            "per": "1000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/f5-tts",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per 1,000 characters in a public repository's fal price table said to be read from fal's pricing API in January 2026; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/runway-gen3/turbo/image-to-video",
        "name": "Runway Gen-3 Alpha Turbo image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/runway-gen3/turbo/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per second in a public repository's fal price table said to be read from fal's pricing API in January 2026; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedance/v1/pro/image-to-video",
        "name": "Seedance 1.0 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "width": 1920,
          "height": 1080,
          "fps": 24
        },
        "accepts": {},
        "allowed": {
          "seconds": [
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_token",
            "amount": "2.5",
            "per": "1000000",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedance/v1/pro/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$2.5 per million video tokens in a public repository's fal price table; others quote $0.62 for 5 s (1920x1080x24x5/1024 = 243,000 tokens = $0.6075) and $0.124 per second. fal's page was not read."
          }
        ],
        "note": "fal defaults to 1080p (1920x1080 at 16:9); Seedance renders 24 fps, which reproduces the $0.62 that public code quotes for a 5 s clip. Give width and height for other resolutions."
      },
      {
        "id": "fal-ai/sync-lipsync/v3",
        "name": "sync.so lipsync 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "8",
            "per": "60",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/sync-lipsync/v3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$8 per minute of output ($0.1333 per second) in several public repositories' fal price tables, one noting it was listed so in September 2026; fal's page was not read."
          }
        ],
        "note": "Give seconds as the length of the output video."
      },
      {
        "id": "fal-ai/aura-sr",
        "name": "AuraSR upscaler",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "runner_second",
            "amount": "0.00125",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/aura-sr",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.00125 per compute second in a public repository's fal price table (which gives ESRGAN fal's own $0.00111); fal's page was not read."
          }
        ],
        "note": "Billed per compute second, not per image: give seconds as the compute time of one request."
      },
      {
        "id": "fal-ai/minimax/hailuo-02/standard/text-to-video",
        "name": "MiniMax Hailuo 02 Standard text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/minimax/hailuo-02/standard/text-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second for 6 or 10 s at 768p in a public repository's model guide; fal's page was not read (its llms.txt as copied in a public repository has no price)."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/o3/pro/image-to-video",
        "name": "Kling O3 Pro image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 3,
            "lte": 15,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.224",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/o3/pro/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.224 per second without audio, $0.28 with, in several public repositories' fal model guides (durations 3 to 15 s); one gives half that ($0.112 to $0.14), so fal may have cut it. fal's page was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.28",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/o3/pro/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As several public repositories' fal model guides give it; one gives $0.14. fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/veo3/fast/image-to-video",
        "name": "Veo 3 Fast image to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.10 per second without audio, $0.15 with, for this endpoint in public repositories' fal price tables; fal's page was not read."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://fal.ai/models/fal-ai/veo3/fast/image-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As public repositories' fal price tables give it for this endpoint; fal's page not read."
          }
        ]
      },
      {
        "id": "fal-ai/kling-video/v1/standard/text-to-video",
        "name": "Kling 1.0 Standard text to video",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.045",
            "per": "1",
            "when": {
              "seconds": [
                5,
                10
              ]
            },
            "source": "https://fal.ai/models/fal-ai/kling-video/v1/standard/text-to-video",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.045 per second in a public repository's list of fal models; an older public fal price table gives $0.03. fal's page was not read. fal accepts 5 or 10 s."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1/canny",
        "name": "FLUX.1 [pro] Canny",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1/canny",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel in a public repository's fal price table; fal's page was not read. Rounding and megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/flux-pro/v1/fill",
        "name": "FLUX.1 [pro] Fill",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.05",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/flux-pro/v1/fill",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per megapixel in a public repository's fal price table (another lists $0.05 per image); fal's page was not read. Rounding and megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/bytedance/seedream/v4.5/edit",
        "name": "Seedream 4.5 Edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/edit",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.04 per output image for this endpoint in public repositories' fal price tables; fal's page was not read (its llms.txt as copied in a public repository has no price)."
          }
        ]
      },
      {
        "id": "fal-ai/gemini-25-flash-image/edit",
        "name": "Gemini 2.5 Flash Image edit",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.0398",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/gemini-25-flash-image/edit",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.0398 per image for this endpoint in a public repository's notes; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/ideogram/character",
        "name": "Ideogram V3 Character",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "BALANCED"
        },
        "accepts": {
          "quality": [
            "TURBO"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.15",
            "per": "1",
            "when": {
              "quality": "BALANCED"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/character",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.15 per image (BALANCED), $0.20 (QUALITY) in a public repository's fal client; fal's page was not read."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.20",
            "per": "1",
            "when": {
              "quality": "QUALITY"
            },
            "source": "https://fal.ai/models/fal-ai/ideogram/character",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "As a public repository's fal client gives it; fal's page not read."
          }
        ],
        "note": "The quality attribute is fal's rendering_speed (TURBO, BALANCED or QUALITY); fal's default is BALANCED. TURBO stays unpriced until a source gives its price."
      },
      {
        "id": "fal-ai/wan-25-preview/image-to-image",
        "name": "Wan 2.5 Preview image to image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/wan-25-preview/image-to-image",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.05 per output image in a public repository's fal price table; fal's page was not read."
          }
        ]
      },
      {
        "id": "fal-ai/qwen-image-edit/inpaint",
        "name": "Qwen Image Edit inpaint",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "megapixel",
            "amount": "0.03",
            "per": "1",
            "pixelsPerMegapixel": "1048576",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://fal.ai/models/fal-ai/qwen-image-edit/inpaint",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "$0.03 per megapixel (unit \"megapixels\") in a public repository's fal rate card, which rounds each output up to the megapixel; fal's page was not read. Megapixel size assumed as for flux/dev."
          }
        ]
      },
      {
        "id": "fal-ai/ffmpeg-api/compose",
        "name": "FFmpeg API compose",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0002",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/ffmpeg-api/compose/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "fal's \"Price: $0.0002 per seconds\" as its llms.txt is copied in a public repository; fal's page itself was not read. fal labels compute-billed endpoints \"per compute seconds\", so these are taken as seconds of the output video."
          }
        ],
        "note": "Give seconds as the length of the composed video."
      },
      {
        "id": "fal-ai/qwen-image-layered",
        "name": "Qwen Image Layered",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.05",
            "per": "1",
            "when": {},
            "source": "https://fal.ai/models/fal-ai/qwen-image-layered/llms.txt",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "fal: \"Your request will cost $0.05 per image.\"; fal's developer guide (https://fal.ai/learn/devs/qwen-image-layered-image-to-image-developer-guide) says \"approximately $0.05 per decomposition\", one input image per request."
          }
        ],
        "note": "One request decomposes one image into 1 to 10 RGBA layers; the layer count does not change the price."
      }
    ],
    "unpricedNames": [
      {
        "ids": [
          "fal-ai/sora-2"
        ],
        "reason": "ambiguous",
        "instead": [
          "fal-ai/sora-2/text-to-video",
          "fal-ai/sora-2/image-to-video",
          "fal-ai/sora-2/text-to-video/pro"
        ],
        "name": "Sora 2, text or image to video, standard or pro",
        "source": "https://fal.ai/models/fal-ai/sora-2/text-to-video/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": false,
        "note": "fal serves Sora 2 as endpoints under the fal-ai/sora-2 app; public code writes the app id as a family prefix. Standard costs $0.1 per second either way; Pro costs more."
      },
      {
        "ids": [
          "fal-ai/stable-audio"
        ],
        "reason": "no-published-price",
        "name": "Stable Audio Open, billed per compute second",
        "source": "https://fal.ai/models/fal-ai/stable-audio/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": true,
        "note": "fal's page: \"Price: $0 per compute seconds\"; the rate per compute second is not published."
      },
      {
        "ids": [
          "fal-ai/creative-upscaler"
        ],
        "reason": "no-published-price",
        "name": "Creative Upscaler, billed per compute second",
        "source": "https://fal.ai/models/fal-ai/creative-upscaler/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": true,
        "note": "fal's page: \"Price: $0 per compute seconds\"; the rate per compute second is not published."
      },
      {
        "ids": [
          "fal-ai/whisper"
        ],
        "reason": "no-published-price",
        "name": "Whisper, billed per compute second",
        "source": "https://fal.ai/models/fal-ai/whisper/llms.txt",
        "checkedAt": "2026-12-02",
        "verified": false,
        "note": "fal's \"Price: $0 per compute seconds\" as its llms.txt is copied in a public repository; the rate per compute second is not published."
      }
    ],
    "architectures": [],
    "communitySources": []
  },
  {
    "provider": "runpod",
    "name": "Runpod Serverless",
    "currency": "USD",
    "billingSource": "https://docs.runpod.io/serverless/pricing",
    "defaults": {
      "idleSeconds": 5,
      "worker": "flex"
    },
    "accepts": {},
    "surcharges": [
      {
        "charge": "network volume",
        "unit": "gb_month",
        "tiers": [
          {
            "upTo": "1000",
            "amount": "0.07"
          },
          {
            "amount": "0.05"
          }
        ],
        "per": "1",
        "when": {
          "volumeGB": {
            "gt": 0
          }
        },
        "source": "https://docs.runpod.io/serverless/pricing",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "$0.07 per GB-month for the first 1 TB, $0.05 beyond; billed hourly.",
        "appliesTo": [
          "gpu"
        ],
        "except": []
      },
      {
        "charge": "container disk",
        "unit": "gb_month",
        "amount": "0.10",
        "per": "1",
        "quantityFrom": "containerDiskGB",
        "when": {
          "containerDiskGB": {
            "gt": 0
          }
        },
        "source": "https://docs.runpod.io/pods/storage/types",
        "checkedAt": "2026-12-01",
        "effectiveFrom": "2026-12-01",
        "basis": "published",
        "verified": false,
        "note": "Approximate: Runpod's Serverless pricing page bills storage alongside compute but gives no container-disk rate; $0.10 per GB-month is the container-disk rate of Runpod's storage table (Pods), billed in 5-minute intervals. \u0060containerDiskGB\u0060 is the disk held over the period, summed over the workers that hold it.",
        "appliesTo": [
          "gpu"
        ],
        "except": []
      }
    ],
    "models": [
      {
        "id": "H200 PRO",
        "name": "H200 PRO",
        "kind": "gpu",
        "aliases": [
          "HOPPER_141",
          "NVIDIA H200",
          "H200 SXM"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00155",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00124",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "HOPPER_141",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true
        },
        "note": "141 GB VRAM."
      },
      {
        "id": "H100 PRO",
        "name": "H100 PRO",
        "kind": "gpu",
        "aliases": [
          "ADA_80_PRO",
          "NVIDIA H100 80GB HBM3",
          "H100 SXM",
          "NVIDIA H100 PCIe",
          "H100 PCIe",
          "NVIDIA H100 NVL",
          "H100 NVL"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00116",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00093",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "ADA_80_PRO",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "The pool table names the pool \u0060H100\u0060; Runpod's Flash list names only NVIDIA H100 80GB HBM3 in it, so H100 PCIe and H100 NVL here follow the pool table."
        },
        "note": "80 GB VRAM."
      },
      {
        "id": "A100",
        "name": "A100 (80 GB)",
        "kind": "gpu",
        "aliases": [
          "AMPERE_80",
          "NVIDIA A100 80GB PCIe",
          "A100 PCIe",
          "NVIDIA A100-SXM4-80GB",
          "A100 SXM",
          "A100-SXM-80GB"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00076",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00060",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_80",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "\u0060A100-SXM-80GB\u0060 is not a Runpod id but a spelling public endpoint configs use for the A100-SXM4-80GB; \"NVIDIA A100\" alone is left out: it does not say 40 or 80 GB."
        },
        "note": "80 GB VRAM."
      },
      {
        "id": "B200",
        "name": "B200",
        "kind": "gpu",
        "aliases": [
          "BLACKWELL_180",
          "NVIDIA B200"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00240",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00190",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "BLACKWELL_180",
          "source": "https://docs.runpod.io/flash/configuration/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "Named in Runpod's Flash GPU pool list; not yet in the pool table of the GPU types reference."
        },
        "note": "180 GB VRAM."
      },
      {
        "id": "6000s PRO",
        "name": "RTX PRO 6000 (6000s PRO)",
        "kind": "gpu",
        "aliases": [
          "BLACKWELL_96",
          "NVIDIA RTX PRO 6000 Blackwell Server Edition",
          "NVIDIA RTX PRO 6000 Blackwell Workstation Edition",
          "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition",
          "RTX PRO 6000"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00111",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          }
        ],
        "pool": {
          "id": "BLACKWELL_96",
          "source": "https://docs.runpod.io/flash/configuration/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "Named in Runpod's Flash GPU pool list; not yet in the pool table of the GPU types reference."
        },
        "note": "96 GB VRAM. Active-worker rate not published; a worker: active workload on this GPU is reported unpriced."
      },
      {
        "id": "L40",
        "name": "L40 / L40S / 6000 Ada PRO",
        "kind": "gpu",
        "aliases": [
          "ADA_48_PRO",
          "L40S",
          "6000 Ada PRO",
          "NVIDIA L40",
          "NVIDIA L40S",
          "NVIDIA RTX 6000 Ada Generation",
          "RTX 6000 Ada"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00053",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00037",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "ADA_48_PRO",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true
        },
        "note": "48 GB VRAM."
      },
      {
        "id": "A6000",
        "name": "A6000 / A40",
        "kind": "gpu",
        "aliases": [
          "AMPERE_48",
          "A40",
          "NVIDIA RTX A6000",
          "RTX A6000",
          "NVIDIA A40"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00034",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00024",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_48",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true
        },
        "note": "48 GB VRAM."
      },
      {
        "id": "4090 PRO",
        "name": "RTX 4090 PRO",
        "kind": "gpu",
        "aliases": [
          "ADA_24",
          "NVIDIA GeForce RTX 4090",
          "RTX 4090",
          "NVIDIA RTX 4090",
          "RTX_4090"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00031",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00021",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "ADA_24",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "\u0060NVIDIA RTX 4090\u0060 and \u0060RTX_4090\u0060 are not Runpod ids but spellings public endpoint configs use; Runpod's GPU types table has one RTX 4090 (\u0060NVIDIA GeForce RTX 4090\u0060, 24 GB), so they can name nothing else."
        },
        "note": "24 GB VRAM."
      },
      {
        "id": "L4",
        "name": "L4 / A5000 / 3090",
        "kind": "gpu",
        "aliases": [
          "AMPERE_24",
          "A5000",
          "3090",
          "NVIDIA L4",
          "NVIDIA RTX A5000",
          "RTX A5000",
          "NVIDIA GeForce RTX 3090",
          "RTX 3090"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00019",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00013",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_24",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "Runpod's Flash list puts L4 in ADA_24 and RTX A4500 in AMPERE_24; the pool table and the Serverless price table put L4 here at $0.00019 and A4500 in AMPERE_16."
        },
        "note": "24 GB VRAM."
      },
      {
        "id": "A4000",
        "name": "A4000 / A4500 / RTX 4000",
        "kind": "gpu",
        "aliases": [
          "AMPERE_16",
          "A4500",
          "RTX 4000",
          "NVIDIA RTX A4000",
          "RTX A4000",
          "NVIDIA RTX A4500",
          "RTX A4500",
          "NVIDIA RTX 4000 Ada Generation",
          "RTX 4000 Ada",
          "NVIDIA RTX 4000 SFF Ada Generation",
          "RTX 4000 Ada SFF",
          "NVIDIA RTX 4000 SFF Ada",
          "NVIDIA RTX 2000 Ada Generation",
          "RTX 2000 Ada"
        ],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00016",
            "per": "1",
            "when": {
              "worker": "flex"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Flex (scale-to-zero) worker, per GPU-second."
          },
          {
            "charge": "base",
            "unit": "gpu_second",
            "amount": "0.00011",
            "per": "1",
            "when": {
              "worker": "active"
            },
            "rounding": {
              "mode": "ceil",
              "step": "1",
              "scope": "request"
            },
            "source": "https://docs.runpod.io/serverless/endpoints/endpoint-configurations",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "Active (always-on) worker rate as Runpod's Serverless price table published it until 2026-05-13 (runpod/docs snippets/serverless-gpu-pricing-table.mdx, commit d1accc4b: \"unified pricing for flex and active workers\"); the current pricing page bills active workers at the standard rate with discounts by sales inquiry."
          }
        ],
        "pool": {
          "id": "AMPERE_16",
          "source": "https://docs.runpod.io/references/gpu-types",
          "checkedAt": "2026-12-01",
          "verified": true,
          "note": "\u0060NVIDIA RTX 4000 SFF Ada\u0060 is a shortened spelling of NVIDIA RTX 4000 SFF Ada Generation that public endpoint configs use."
        },
        "note": "16 GB VRAM."
      },
      {
        "id": "network-volume",
        "name": "Network volume",
        "kind": "storage",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "gb_month",
            "tiers": [
              {
                "upTo": "1000",
                "amount": "0.07"
              },
              {
                "amount": "0.05"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://docs.runpod.io/serverless/pricing",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "$0.07/GB/month for the first 1 TB, $0.05/GB/month beyond; billed hourly. Container disk is billed separately (the \u0060container disk\u0060 charge)."
          }
        ]
      }
    ],
    "unpricedNames": [
      {
        "ids": [
          "ADA_32_PRO",
          "NVIDIA GeForce RTX 5090",
          "RTX 5090"
        ],
        "reason": "no-published-price",
        "name": "RTX 5090",
        "pool": "ADA_32_PRO",
        "source": "https://docs.runpod.io/flash/configuration/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": false,
        "note": "The pool is named in Runpod's Flash GPU pool list (RTX 5090, 32 GB); no Serverless per-second price for it is on the Serverless price table or the pricing page."
      },
      {
        "ids": [
          "AMD Instinct MI300X OAM",
          "MI300X",
          "NVIDIA A30",
          "A30",
          "NVIDIA A100-SXM4-40GB",
          "NVIDIA A100 40GB PCIe",
          "A100-SXM-40GB",
          "NVIDIA B300 SXM6 AC",
          "B300",
          "NVIDIA GeForce RTX 3070",
          "RTX 3070",
          "NVIDIA GeForce RTX 3080",
          "RTX 3080",
          "NVIDIA GeForce RTX 3080 Ti",
          "RTX 3080 Ti",
          "NVIDIA GeForce RTX 3090 Ti",
          "RTX 3090 Ti",
          "NVIDIA GeForce RTX 4070 Ti",
          "RTX 4070 Ti",
          "NVIDIA GeForce RTX 4080",
          "RTX 4080",
          "NVIDIA GeForce RTX 4080 SUPER",
          "RTX 4080 SUPER",
          "NVIDIA GeForce RTX 5080",
          "RTX 5080",
          "NVIDIA H200 NVL",
          "NVIDIA RTX 5000 Ada Generation",
          "RTX 5000 Ada",
          "NVIDIA RTX A2000",
          "RTX A2000",
          "NVIDIA RTX PRO 4500 Blackwell",
          "RTX PRO 4500",
          "Tesla V100-PCIE-16GB",
          "Tesla V100",
          "Tesla V100-SXM2-16GB",
          "V100 SXM2",
          "Tesla V100-SXM2-32GB",
          "V100 SXM2 32GB"
        ],
        "reason": "outside-pools",
        "name": "Pods-only GPUs",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": false,
        "note": "Derived: in Runpod's GPU types table but in no pool of its pool table nor of the Flash pool list. NVIDIA A100-SXM4-40GB and A100 40GB PCIe are not in the GPU types table at all; they are older Pods types (\u0060A100-SXM-40GB\u0060 is a spelling endpoint configs use for the first)."
      },
      {
        "ids": [
          "NVIDIA A100",
          "A100 80GB or 40GB"
        ],
        "reason": "ambiguous",
        "instead": [
          "NVIDIA A100 80GB PCIe",
          "NVIDIA A100-SXM4-80GB",
          "AMPERE_80"
        ],
        "name": "A100, 40 or 80 GB",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": true,
        "note": "Runpod's GPU types name every A100 with its memory; the 80 GB ones are the AMPERE_80 pool, the 40 GB ones are in no Serverless pool."
      },
      {
        "ids": [
          "RTX_6000",
          "RTX 6000",
          "NVIDIA RTX 6000"
        ],
        "reason": "ambiguous",
        "instead": [
          "NVIDIA RTX 6000 Ada Generation",
          "NVIDIA RTX PRO 6000 Blackwell Server Edition"
        ],
        "name": "RTX 6000 Ada (48 GB) or RTX PRO 6000 Blackwell (96 GB)",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": true,
        "note": "Runpod offers two RTX 6000 types at different prices (ADA_48_PRO and BLACKWELL_96); the name does not say which."
      },
      {
        "ids": [
          "NVIDIA A10",
          "A10",
          "NVIDIA A10G",
          "A10G"
        ],
        "reason": "not-offered",
        "name": "NVIDIA A10 (24 GB)",
        "source": "https://docs.runpod.io/references/gpu-types",
        "checkedAt": "2026-12-01",
        "verified": true,
        "note": "No A10 or A10G is in Runpod's GPU types table; the nearest Serverless pool by memory is AMPERE_24."
      }
    ],
    "architectures": [],
    "communitySources": []
  },
  {
    "provider": "runware",
    "name": "Runware",
    "currency": "USD",
    "billingSource": "https://runware.ai/docs/models-api/pricing",
    "defaults": {},
    "accepts": {},
    "surcharges": [],
    "models": [
      {
        "id": "bytedance:5@0",
        "name": "Seedream 4.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bytedance-seedream-4-0",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.03 per image at 1024x1024."
          }
        ]
      },
      {
        "id": "google:4@1",
        "name": "Nano Banana (Gemini 2.5 Flash Image)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.039",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-nano-banana",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.039 per image at 1024x1024, the only size the page prices."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024 up to 1536x672)."
      },
      {
        "id": "google:2@1",
        "name": "Imagen 4 Preview",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-4-preview",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 per image at 1024x1024, the only size the page prices."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "google:2@2",
        "name": "Imagen 4 Ultra",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-4-ultra",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 per image at 1024x1024, the only size the page prices."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "google:2@3",
        "name": "Imagen 4 Fast",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-4-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.02 per image at each of its five sizes (1024x1024, 1408x768, 768x1408, 1280x896, 896x1280); the page's \"~$0.0185 per megapixel\" is a summary of those."
          }
        ]
      },
      {
        "id": "bfl:5@1",
        "name": "FLUX.2 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.03",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/bfl-flux-2-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.03 for \"1k\"; taken as outputs up to 1024x1024 pixels."
          }
        ],
        "note": "Runware prices only the 1k size; larger outputs (up to 4 MP) stay unpriced until it publishes theirs."
      },
      {
        "id": "bfl:2@1",
        "name": "FLUX.1.1 [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/bfl-flux-1-1-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 for \"1k\"; taken as outputs up to 1024x1024 pixels, as for FLUX.2 [pro]."
          }
        ],
        "note": "Runware prices only the 1k size; larger outputs stay unpriced until it publishes theirs."
      },
      {
        "id": "google:4@2",
        "name": "Nano Banana Pro (Gemini 3 Pro Image)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.138",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://runware.ai/docs/models/google-nano-banana-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.138 per image at 1K and at 2K."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.244",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://runware.ai/docs/models/google-nano-banana-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.244 per image at 4K."
          }
        ]
      },
      {
        "id": "bfl:6@1",
        "name": "FLUX.2 [flex]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/bfl-flux-2-flex",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 per image at 512x512 and at 1024x1024, so taken as the price of any output up to 1024x1024 pixels (the page's \"~$0.1431 per megapixel\" does not match them)."
          }
        ],
        "note": "Runware prices only 512x512 and 1024x1024; larger outputs stay unpriced until it publishes theirs."
      },
      {
        "id": "runware:35@1",
        "name": "YOLOv8n Face (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/yolov8n-face/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects faces and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@3",
        "name": "YOLOv8n Hand (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/yolov8n-hand/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects hands and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@5",
        "name": "YOLOv8s Person Seg (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/yolov8s-person-seg/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects people and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@6",
        "name": "MediaPipe Face Full (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/mediapipe-face-full/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects faces and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:35@7",
        "name": "MediaPipe Face Short (image masking)",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "0.0006",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/mediapipe-face-short/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's example responses for this model show \u0060\"cost\": 0.0006\u0060 per task; no price list for image masking was found, and the examples do not say the input image's size."
          }
        ],
        "note": "Detects faces and returns a mask per task (\u0060imageMasking\u0060); priced per task, whatever the image size."
      },
      {
        "id": "runware:101@1",
        "name": "FLUX.1 [dev]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 512,
                "height": 512,
                "steps": 28,
                "amount": "0.0019"
              },
              {
                "width": 1024,
                "height": 1024,
                "steps": 28,
                "amount": "0.0038"
              }
            ],
            "per": "1",
            "when": {},
            "range": {
              "low": [
                {
                  "width": 1024,
                  "height": 1024,
                  "steps": 30,
                  "amount": "0.0013"
                }
              ],
              "source": "https://runware.ai/docs/platform/pricing",
              "note": "compute-billed, and Runware lowers the cost as it speeds a model up: its worked example of \u0060includeCost\u0060 was charged $0.0013 at 1024x1024 and 30 steps, against the model page's $0.0038 at 28"
            },
            "source": "https://runware.ai/docs/models/bfl-flux-1-dev",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "runware:106@1",
        "name": "FLUX.1 Kontext [dev]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 1024,
                "height": 1024,
                "steps": 28,
                "amount": "0.0105"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-kontext-dev",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "runware:97@3",
        "name": "HiDream-I1 Fast",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 1024,
                "height": 1024,
                "steps": 16,
                "amount": "0.0038"
              },
              {
                "width": 1024,
                "height": 1024,
                "steps": 22,
                "amount": "0.0051"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/hidream-i1-fast",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "runware:97@1",
        "name": "HiDream-I1 Full",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 1024,
                "height": 1024,
                "steps": 30,
                "amount": "0.009"
              }
            ],
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/hidream-i1-full",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Compute-time billing; cost scales with resolution, steps and results."
          }
        ]
      },
      {
        "id": "klingai:kling-video@3-standard",
        "name": "Kling Video 3.0 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.084",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-standard",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "720p without audio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.126",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-standard",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "720p with audio."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "klingai:kling-video@3-pro",
        "name": "Kling Video 3.0 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.112",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-pro",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1080p without audio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.168",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://runware.ai/docs/models/klingai-video-3-0-pro",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1080p with audio."
          }
        ],
        "note": "Outputs 1080p."
      },
      {
        "id": "klingai:5@3",
        "name": "KlingAI 2.1 Master",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1848",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-1-master",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1848/s for 1080p ($0.924 for 5 s)."
          }
        ],
        "note": "Outputs 1080p."
      },
      {
        "id": "klingai:4@3",
        "name": "KlingAI 2.0 Master",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1848",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-0-master",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1848/s for 1080p ($0.924 for 5 s); the same page lists only 720p dimensions, so the price is taken as the model's one rate whatever the size."
          }
        ]
      },
      {
        "id": "klingai:5@1",
        "name": "KlingAI 2.1 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0370",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-1-standard",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0370/s for 1080p ($0.185 for 5 s); the same page lists only 720p dimensions, so the price is taken as the model's one rate whatever the size."
          }
        ]
      },
      {
        "id": "bytedance:2@1",
        "name": "Seedance 1.0 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "480p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0968",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0968/s for 1080p ($0.484 for 5 s)."
          }
        ],
        "note": "Runware publishes the 1080p rate only; 480p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "bytedance:2@2",
        "name": "Seedance 1.0 Pro Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0062",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Published as \"≈ $0.0062/s at 480p\"; the exact charge depends on the aspect ratio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0140",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Published as \"≈ $0.0140/s at 720p\"; the exact charge depends on the aspect ratio."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0314",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/bytedance-seedance-1-0-pro-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Published as \"≈ $0.0314/s at 1080p\"; the exact charge depends on the aspect ratio."
          }
        ],
        "note": "Runware publishes approximate per-second rates; its worked prices vary a little with the aspect ratio (480p, 5 s: $0.0315 at 16:9, $0.0304 at 4:3), so the rates are flagged unverified."
      },
      {
        "id": "google:3@0",
        "name": "Veo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "1080p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.2",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.2/s for 720p ($1.6 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.4",
            "per": "1",
            "when": {
              "resolution": "720p",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.4/s for 720p with audio ($3.2 for 8 s)."
          }
        ],
        "note": "Runware publishes 720p rates only; 1080p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "google:3@1",
        "name": "Veo 3 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1/s for 1080p ($0.8 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.15/s for 1080p with audio ($1.2 for 8 s)."
          }
        ],
        "note": "Runware publishes 1080p rates only; 720p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "pixverse:1@2",
        "name": "PixVerse V4",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "360p",
            "540p",
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0598",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/pixverse-v4",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0598/s for 1080p ($0.299 for 5 s), in the model's schema.json x-pricing."
          }
        ],
        "note": "Runware publishes the 1080p rate only; other resolutions stay unpriced until it publishes theirs."
      },
      {
        "id": "vidu:1@1",
        "name": "Vidu Q1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0440",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/vidu-q1",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0440/s for 1080p ($0.22 for 5 s)."
          }
        ],
        "note": "Outputs 1080p."
      },
      {
        "id": "vidu:3@1",
        "name": "Vidu Q2 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "360p",
            "540p",
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0688",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/vidu-q2-pro",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0688/s for 1080p; its worked example shows $0.55 for 8 s (0.5504 rounded)."
          }
        ],
        "note": "Runware publishes the 1080p rate only; other resolutions stay unpriced until it publishes theirs."
      },
      {
        "id": "google:3@3",
        "name": "Veo 3.1 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.1/s for 1080p ($0.8 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.15",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.15/s for 1080p with audio ($1.2 for 8 s)."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.3",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": false
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $2.40 for 4K, 8 s; the per-second rate is that price over its 8 seconds."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.35",
            "per": "1",
            "when": {
              "resolution": "4K",
              "audio": true
            },
            "source": "https://runware.ai/docs/models/google-veo-3-1-fast",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $2.80 for 4K, 8 s with audio; the per-second rate is that price over its 8 seconds."
          }
        ],
        "note": "Runware publishes 1080p and 4K rates only; 720p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "klingai:3@1",
        "name": "KlingAI 1.6 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0370",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-1-6-standard",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0370/s for 720p ($0.185 for 5 s)."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "klingai:2@1",
        "name": "KlingAI 1.5 Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.1848",
            "per": "5",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-1-5-standard/examples",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "The model page publishes no rate; Runware's own examples page shows \"cost\": 0.1848 charged for 5 s clips at 1280x720. Longer clips are assumed to scale per second."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "minimax:2@3",
        "name": "MiniMax 01 Live",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0560",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/minimax-01-live",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0560/s for 720p ($0.28 for 5 s)."
          }
        ],
        "note": "Outputs 720p (1366x768)."
      },
      {
        "id": "minimax:2@1",
        "name": "MiniMax 01 Director",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0560",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/minimax-01-director",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0560/s for 720p ($0.28 for 5 s); Runware's examples page shows a 6 s clip charged $0.28 too, so the charge may be per clip rather than per second."
          }
        ],
        "note": "Outputs 720p (1366x768)."
      },
      {
        "id": "minimax:1@1",
        "name": "MiniMax 01",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.28",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/minimax-01/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "The model page publishes no rate; Runware's own examples page shows \"cost\": 0.28 charged for a 6 s clip at 1366x768, taken as the price of one clip."
          }
        ],
        "note": "Outputs 720p (1366x768)."
      },
      {
        "id": "minimax:4@1",
        "name": "MiniMax Hailuo 2.3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            6,
            10
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.28",
            "per": "1",
            "when": {
              "resolution": "768p",
              "seconds": 6
            },
            "source": "https://runware.ai/docs/models/minimax-hailuo-2-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.28 per 6 s clip at 768p."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.56",
            "per": "1",
            "when": {
              "resolution": "768p",
              "seconds": 10
            },
            "source": "https://runware.ai/docs/models/minimax-hailuo-2-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.56 per 10 s clip at 768p."
          },
          {
            "charge": "base",
            "unit": "video",
            "amount": "0.49",
            "per": "1",
            "when": {
              "resolution": "1080p",
              "seconds": 6
            },
            "source": "https://runware.ai/docs/models/minimax-hailuo-2-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.49 per 6 s clip at 1080p."
          }
        ],
        "note": "1080p clips are 6 s only; a 10 s clip at 1080p has no price."
      },
      {
        "id": "pixverse:1@5",
        "name": "PixVerse V5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "360p",
            "540p",
            "720p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0598",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/pixverse-v5",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0598/s for 1080p ($0.299 for 5 s)."
          }
        ],
        "note": "Runware publishes the 1080p rate only; other resolutions stay unpriced until it publishes theirs."
      },
      {
        "id": "klingai:6@0",
        "name": "KlingAI 2.5 Turbo Standard",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.0420",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-2-5-turbo-standard",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.0420/s for 720p ($0.21 for 5 s)."
          }
        ],
        "note": "Outputs 720p."
      },
      {
        "id": "bfl:3@1",
        "name": "FLUX.1 Kontext [pro]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-kontext-pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 per image at 1024x1024."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1568x672, 752x1392...)."
      },
      {
        "id": "bfl:4@1",
        "name": "FLUX.1 Kontext [max]",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-kontext-max",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.08 per image at 1024x1024."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1568x672, 752x1392...)."
      },
      {
        "id": "bfl:2@2",
        "name": "FLUX.1.1 [pro] Ultra",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bfl-flux-1-1-pro-ultra",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 per image for \"2k\", its only size class."
          }
        ],
        "note": "Every size the model accepts is a 2K configuration (2048x2048, 3136x1344, 1536x2752...)."
      },
      {
        "id": "google:1@1",
        "name": "Imagen 3",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.04",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-3",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.04 per image at each of its five sizes."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "google:1@2",
        "name": "Imagen 3 Fast",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.02",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-imagen-3-fast",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.02 per image for \"1k\", its only size class."
          }
        ],
        "note": "Every size the model accepts is a 1K configuration (1024x1024, 1408x768, 896x1280...)."
      },
      {
        "id": "ideogram:4@1",
        "name": "Ideogram 3.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "DEFAULT"
        },
        "accepts": {
          "quality": [
            "TURBO",
            "QUALITY"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.06",
            "per": "1",
            "when": {
              "quality": "DEFAULT"
            },
            "source": "https://runware.ai/docs/models/ideogram-3-0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.06 for \"1k\" with no rendering speed named, so taken as the price at the default speed."
          }
        ],
        "note": "The quality attribute is Ideogram's renderingSpeed (TURBO, DEFAULT or QUALITY); Runware's default is DEFAULT. Every size the model accepts is a 1K configuration. TURBO and QUALITY stay unpriced until Runware publishes their prices."
      },
      {
        "id": "klingai:kling-video@3-4k",
        "name": "Kling Video 3.0 4K",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.42",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/klingai-video-3-0-4k",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.42 for 1 s with no audio split, unlike the Standard and Pro pages, so taken as the rate with or without audio."
          }
        ],
        "note": "Outputs 4K (3840x2160, 2160x3840, 2880x2880)."
      },
      {
        "id": "google:2@0",
        "name": "Veo 2",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.5",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/google-veo-2",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.5/s for 720p ($2.5 for 5 s)."
          }
        ],
        "note": "Outputs 720p (1280x720, 720x1280)."
      },
      {
        "id": "lightricks:2@0",
        "name": "LTX-2 Pro",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {
          "resolution": [
            "1440p"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.06",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://runware.ai/docs/models/lightricks-ltx-2-pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Published as $0.36 for a 6 s clip at 1080p, with no per-second rate; taken as $0.06/s, assuming the price scales with length."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.24",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://runware.ai/docs/models/lightricks-ltx-2-pro",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Published as $2.40 for a 10 s clip at 4K, with no per-second rate; taken as $0.24/s, assuming the price scales with length."
          }
        ],
        "note": "Runware prices 1080p and 4K clips only; 1440p clips stay unpriced until it publishes theirs."
      },
      {
        "id": "bytedance:5@2",
        "name": "OmniHuman-1.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "0.13247",
            "per": "1",
            "when": {},
            "source": "https://runware.ai/docs/models/bytedance-omnihuman-1-5",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Published as 1.3247 (USD) for \"10 seconds\" of avatar video and nothing else; taken as $0.13247/s, assuming the price scales with length."
          }
        ]
      },
      {
        "id": "elevenlabs:1@1",
        "name": "Eleven Music v1",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.4",
            "per": "60",
            "when": {},
            "source": "https://runware.ai/docs/models/elevenlabs-music-v1",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as \"$0.4 / min\" per minute of audio; the page names no rounding, so partial minutes are taken as billed by the second."
          }
        ],
        "note": "Give seconds as the length of the generated music (the request's duration)."
      },
      {
        "id": "ideogram:3@1",
        "name": "Ideogram 2.0",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "DEFAULT"
        },
        "accepts": {
          "quality": [
            "TURBO"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.08",
            "per": "1",
            "when": {
              "quality": "DEFAULT"
            },
            "source": "https://runware.ai/docs/models/ideogram-2-0",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as \"Each generation costs $0.08\" at 1024x1024, 768x1280 and 1280x768 with no rendering speed named, so taken as the price at the default speed, as for Ideogram 3.0."
          }
        ],
        "note": "The quality attribute is Ideogram's renderingSpeed (TURBO or DEFAULT for 2.0 models); Runware's default is DEFAULT. Every size the model accepts is a 1K configuration. TURBO stays unpriced until Runware publishes its price."
      },
      {
        "id": "ideogram:4@4",
        "name": "Ideogram 3.0 Reframe",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "DEFAULT"
        },
        "accepts": {
          "quality": [
            "TURBO",
            "DEFAULT"
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.09",
            "per": "1",
            "when": {
              "quality": "QUALITY"
            },
            "source": "https://runware.ai/docs/models/ideogram-3-0-reframe/examples",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": false,
            "note": "Runware's own examples page shows \"cost\": 0.09 charged for reframes at renderingSpeed QUALITY to 1536x640, taken as the price of one image at QUALITY."
          }
        ],
        "note": "The quality attribute is Ideogram's renderingSpeed (TURBO, DEFAULT or QUALITY); Runware's default is DEFAULT. The model page publishes no rate; only QUALITY is priced, from Runware's examples page, and TURBO and DEFAULT stay unpriced until Runware publishes their prices."
      },
      {
        "id": "openai:2@2",
        "name": "DALL·E 2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "0.016",
            "per": "1",
            "when": {
              "megapixels": {
                "gte": 1.048576
              }
            },
            "source": "https://runware.ai/docs/models/openai-dalle-2",
            "checkedAt": "2026-12-02",
            "effectiveFrom": "2026-12-02",
            "basis": "published",
            "verified": true,
            "note": "Published as $0.016 for \"1k\", the model's 1024x1024 size."
          }
        ],
        "note": "Runware prices only the 1k size (1024x1024); 256x256 and 512x512 stay unpriced until it publishes theirs."
      }
    ],
    "unpricedNames": [],
    "architectures": [
      {
        "id": "flux1-dev",
        "name": "FLUX.1 [dev] architecture",
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "measured": [
              {
                "width": 512,
                "height": 512,
                "steps": 28,
                "amount": "0.0019"
              },
              {
                "width": 1024,
                "height": 1024,
                "steps": 28,
                "amount": "0.0038"
              }
            ],
            "per": "1",
            "when": {},
            "range": {
              "low": [
                {
                  "width": 1024,
                  "height": 1024,
                  "steps": 30,
                  "amount": "0.0013"
                }
              ],
              "source": "https://runware.ai/docs/platform/pricing",
              "note": "compute-billed, and Runware lowers the cost as it speeds a model up: its worked example of \u0060includeCost\u0060 was charged $0.0013 at 1024x1024 and 30 steps, against the model page's $0.0038 at 28"
            },
            "source": "https://runware.ai/docs/models/bfl-flux-1-dev",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-11-21",
            "basis": "measured",
            "verified": true,
            "note": "Runware's measured runs of FLUX.1 [dev] (runware:101@1); compute-time billing, so cost scales with resolution, steps and results."
          }
        ],
        "models": [],
        "note": "Community checkpoints of this architecture run the same compute as FLUX.1 [dev] itself, so they are priced from its measured runs."
      }
    ],
    "communitySources": [
      "civitai",
      "rundiffusion"
    ]
  },
  {
    "provider": "runway",
    "name": "Runway API",
    "currency": "credits",
    "credit": {
      "usd": "0.01",
      "source": "https://docs.dev.runwayml.com/guides/pricing/",
      "checkedAt": "2026-11-21",
      "effectiveFrom": "2024-11-06"
    },
    "billingSource": "https://docs.dev.runwayml.com/guides/pricing/",
    "defaults": {},
    "accepts": {
      "format": [
        "mp4"
      ]
    },
    "surcharges": [
      {
        "charge": "output format",
        "unit": "video_second",
        "amount": "5",
        "per": "1",
        "when": {
          "format": [
            "prores",
            "png_sequence"
          ]
        },
        "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/text-to-video.ts",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "Non-mp4 output (ProRes, PNG sequence) adds 5 credits per output second.",
        "appliesTo": [
          "video"
        ],
        "except": []
      },
      {
        "charge": "bit depth",
        "unit": "video_second",
        "amount": "20",
        "per": "1",
        "when": {
          "bitDepth": {
            "gte": 10
          },
          "megapixels": {
            "lte": 4
          }
        },
        "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/text-to-video.ts",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "10-bit and deeper output profiles add 20 credits per output second up to 4 megapixels.",
        "appliesTo": [
          "video"
        ],
        "except": [
          "ruby"
        ]
      },
      {
        "charge": "bit depth",
        "unit": "video_second",
        "amount": "40",
        "per": "1",
        "when": {
          "bitDepth": {
            "gte": 10
          },
          "megapixels": {
            "gt": 4
          }
        },
        "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/text-to-video.ts",
        "checkedAt": "2026-11-21",
        "effectiveFrom": "2026-11-21",
        "basis": "published",
        "verified": true,
        "note": "10-bit and deeper output profiles add 40 credits per output second above 4 megapixels.",
        "appliesTo": [
          "video"
        ],
        "except": [
          "ruby"
        ]
      }
    ],
    "usageTiers": {
      "source": "https://docs.dev.runwayml.com/",
      "checkedAt": "2026-11-21",
      "verified": false,
      "note": "From the usage-tiers section of the Runway API docs as summarized by provider-owned secondary sources; daily generation limits vary per model group and are read live.",
      "tiers": [
        {
          "tier": 1,
          "purchasedUsd": "0",
          "maxMonthlySpendUsd": "100"
        },
        {
          "tier": 2,
          "purchasedUsd": "50",
          "maxMonthlySpendUsd": "500"
        },
        {
          "tier": 3,
          "purchasedUsd": "100",
          "maxMonthlySpendUsd": "2000"
        },
        {
          "tier": 4,
          "purchasedUsd": "1000",
          "maxMonthlySpendUsd": "20000"
        },
        {
          "tier": 5,
          "purchasedUsd": "5000",
          "maxMonthlySpendUsd": "100000"
        }
      ]
    },
    "models": [
      {
        "id": "gen4.5",
        "name": "Gen-4.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 2,
            "lte": 10,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "12",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen4_turbo",
        "name": "Gen-4 Turbo",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen4_aleph",
        "name": "Gen-4 Aleph",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "retired": {
          "on": "2026-06-10",
          "replacement": "aleph2",
          "source": "https://github.com/runwayml/sdk-node/blob/main/CHANGELOG.md"
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen3a_turbo",
        "name": "Gen-3 Alpha Turbo",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            5,
            10
          ]
        },
        "retired": {
          "on": "2026-06-10",
          "replacement": "gen4_turbo",
          "source": "https://github.com/runwayml/sdk-node/blob/main/CHANGELOG.md"
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "act_two",
        "name": "Act-Two",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "veo3",
        "name": "Veo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            8
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "veo3.1",
        "name": "Veo 3.1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            4,
            6,
            8
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 20-40 credits/s and its SDK says audio affects the price; the 40 (audio) / 20 (no audio) split comes from seed data, not a Runway page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "20",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 20-40 credits/s and its SDK says audio affects the price; the 40 (audio) / 20 (no audio) split comes from seed data, not a Runway page."
          }
        ]
      },
      {
        "id": "veo3.1_fast",
        "name": "Veo 3.1 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": [
            4,
            6,
            8
          ]
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "audio": true
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 10-15 credits/s and its SDK says audio affects the price; the 15 (audio) / 10 (no audio) split comes from seed data, not a Runway page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "audio": false
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Runway's skill reference lists 10-15 credits/s and its SDK says audio affects the price; the 15 (audio) / 10 (no audio) split comes from seed data, not a Runway page."
          }
        ]
      },
      {
        "id": "seedance2",
        "name": "Seedance 2",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "36",
            "per": "1",
            "when": {
              "resolution": [
                "480p",
                "720p"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "150",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "ruby",
        "name": "Ruby (video to HDR)",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "20",
            "per": "1",
            "when": {
              "megapixels": {
                "lte": 4
              }
            },
            "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/video-to-hdr.ts",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "20 credits per output second for sources up to 4 megapixels."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "40",
            "per": "1",
            "when": {
              "megapixels": {
                "gt": 4
              }
            },
            "source": "https://github.com/runwayml/sdk-node/blob/main/src/resources/video-to-hdr.ts",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "40 credits per output second for sources larger than 4 megapixels (roughly 4K)."
          }
        ],
        "note": "Endpoint /v1/video_to_hdr. All HDR output profiles bill at this one rate (the bit depth surcharge does not apply to it)."
      },
      {
        "id": "gen4_image",
        "name": "Gen-4 Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "8",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gen4_image_turbo",
        "name": "Gen-4 Image Turbo",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "2",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gemini_2.5_flash",
        "name": "Gemini 2.5 Flash Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true
          }
        ]
      },
      {
        "id": "gemini_image3_pro",
        "name": "Gemini 3 Pro Image",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "20",
            "per": "1",
            "when": {
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Split by resolution from two independent third-party sources that agree."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "40",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "Split by resolution from two independent third-party sources that agree."
          }
        ]
      },
      {
        "id": "gpt_image_2",
        "name": "GPT Image 2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "quality": "high"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "1",
            "per": "1",
            "when": {
              "quality": "low",
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "2",
            "per": "1",
            "when": {
              "quality": "low",
              "resolution": [
                "4K",
                "auto"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {
              "quality": "medium",
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "11",
            "per": "1",
            "when": {
              "quality": "medium",
              "resolution": [
                "4K",
                "auto"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "20",
            "per": "1",
            "when": {
              "quality": [
                "high",
                "auto"
              ],
              "resolution": [
                "1K",
                "2K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "41",
            "per": "1",
            "when": {
              "quality": [
                "high",
                "auto"
              ],
              "resolution": [
                "4K",
                "auto"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": false,
            "note": "third-party table; Runway lists 1 to 41 credits"
          }
        ],
        "note": "quality defaults to high (Runway SDK default). quality auto is priced like high and resolution auto like 4K."
      },
      {
        "id": "eleven_multilingual_v2",
        "name": "ElevenLabs Multilingual v2 (text to speech)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "1",
            "per": "50",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "50",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 50 characters, partial blocks billed whole per request."
          }
        ]
      },
      {
        "id": "eleven_text_to_sound_v2",
        "name": "ElevenLabs Text to Sound v2",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "1",
            "when": {
              "seconds": {
                "gt": 0
              }
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1 credit per second of sound when the request gives a duration. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "request",
            "amount": "2",
            "per": "1",
            "when": {},
            "absent": [
              "seconds"
            ],
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits flat when the request gives no duration. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "eleven_voice_isolation",
        "name": "ElevenLabs Voice Isolation",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "6",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "6",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 6 seconds of input audio."
          }
        ]
      },
      {
        "id": "eleven_voice_dubbing",
        "name": "ElevenLabs Voice Dubbing",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "2",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "2",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 2 seconds of input audio."
          }
        ]
      },
      {
        "id": "eleven_multilingual_sts_v2",
        "name": "ElevenLabs Multilingual v2 (speech to speech)",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "1",
            "per": "3",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "3",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-11-21",
            "effectiveFrom": "2026-11-21",
            "basis": "published",
            "verified": true,
            "note": "1 credit per 3 seconds of input audio."
          }
        ]
      },
      {
        "id": "upscale_v1",
        "name": "Upscale v1",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "retired": {
          "on": "2026-01-17",
          "replacement": "magnific_video_upscaler_creative",
          "source": "https://github.com/runwayml/sdk-node/blob/main/CHANGELOG.md"
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "2",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Last published rate before the model was sunset; not re-checked against an archived copy of Runway's page."
          }
        ]
      },
      {
        "id": "magnific_video_upscaler_creative",
        "name": "Magnific Video Upscaler (creative)",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "24",
            "per": "1",
            "when": {
              "resolution": [
                "720p",
                "1K"
              ]
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "modeled",
            "verified": false,
            "note": "Priced per output frame: $0.007 at 720p-1K, ceil to 1 credit per frame, x 24 fps assumed = 24 credits per second. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "24",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "modeled",
            "verified": false,
            "note": "$0.009 per output frame, ceil to 1 credit, x 24 fps assumed. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "48",
            "per": "1",
            "when": {
              "resolution": "4K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "modeled",
            "verified": false,
            "note": "$0.012 per output frame, ceil to 2 credits, x 24 fps assumed. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedance2_5",
        "name": "Seedance 2.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "minimum": {
          "amount": "80",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "20",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "30",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "reference video",
            "unit": "reference_video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "resolution": "480p",
              "referenceVideoSeconds": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Half the per-second rate per second of reference video. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "reference video",
            "unit": "reference_video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "resolution": "720p",
              "referenceVideoSeconds": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "Half the per-second rate per second of reference video. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedance2_fast",
        "name": "Seedance 2 Fast",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "29",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedance2_mini",
        "name": "Seedance 2 Mini",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "64",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "16",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "hailuo3",
        "name": "Hailuo 3",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "768P"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "resolution": "768P"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "reference images",
            "unit": "reference_image",
            "amount": "2",
            "per": "1",
            "when": {
              "referenceImages": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits per reference image. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "grok_imagine_1_5",
        "name": "Grok Imagine 1.5",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {
              "resolution": "480p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "16",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "29",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "references",
            "unit": "request",
            "amount": "1",
            "per": "1",
            "when": {
              "referenceImages": {
                "gt": 0
              }
            },
            "optional": true,
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1 credit once per request when reference media are given. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "happyhorse_1_0",
        "name": "HappyHorse 1.0",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "720p"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "15",
            "per": "1",
            "when": {
              "resolution": "720p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "30",
            "per": "1",
            "when": {
              "resolution": "1080p"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "gemini_omni_flash",
        "name": "Gemini Omni Flash",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "allowed": {
          "seconds": {
            "gte": 3,
            "lte": 10,
            "integer": true
          }
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "10",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "aleph2",
        "name": "Aleph 2",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "56",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "video_second",
            "amount": "28",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "gwm1_avatars",
        "name": "GWM-1 Avatars",
        "kind": "video",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "request",
            "amount": "2",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits per session. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "duration",
            "unit": "video_second",
            "amount": "2",
            "per": "6",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "6",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "2 credits per started 6 seconds. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedream5_lite",
        "name": "Seedream 5 Lite",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "4",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seedream5_pro",
        "name": "Seedream 5 Pro",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {
          "resolution": "1K"
        },
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "5",
            "per": "1",
            "when": {
              "resolution": "1K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "9",
            "per": "1",
            "when": {
              "resolution": "2K"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "magnific_precision_upscaler_v2",
        "name": "Magnific Precision Upscaler v2",
        "kind": "image",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "rates": [
          {
            "charge": "base",
            "unit": "image",
            "amount": "25",
            "per": "1",
            "when": {
              "width": {
                "lte": 4096
              }
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "25 credits per image up to 4096 px wide. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          },
          {
            "charge": "base",
            "unit": "image",
            "amount": "150",
            "per": "1",
            "when": {
              "width": {
                "gt": 4096
              }
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "150 credits per image above 4096 px (output width). From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "eleven_v3",
        "name": "ElevenLabs v3",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "1",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "character",
            "amount": "1",
            "per": "50",
            "when": {},
            "rounding": {
              "mode": "ceil",
              "step": "50",
              "scope": "request"
            },
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "1 credit per 50 characters. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      },
      {
        "id": "seed_audio",
        "name": "Seed Audio",
        "kind": "audio",
        "aliases": [],
        "requires": [],
        "defaults": {},
        "accepts": {},
        "minimum": {
          "amount": "5",
          "source": "https://docs.dev.runwayml.com/guides/pricing/",
          "checkedAt": "2026-12-01",
          "effectiveFrom": "2026-12-01",
          "basis": "published",
          "verified": false,
          "note": "Minimum charge per generation. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
        },
        "rates": [
          {
            "charge": "base",
            "unit": "audio_second",
            "amount": "0.25",
            "per": "1",
            "when": {},
            "source": "https://docs.dev.runwayml.com/guides/pricing/",
            "checkedAt": "2026-12-01",
            "effectiveFrom": "2026-12-01",
            "basis": "published",
            "verified": false,
            "note": "0.25 credits per second of audio. From a third-party copy of Runway's API pricing page (December 2026 audit); not confirmed on Runway's own page."
          }
        ]
      }
    ],
    "unpricedNames": [],
    "architectures": [],
    "communitySources": []
  }
]`);var F2;function rr(){return F2??=su(N2),F2}var D2=new WeakMap,uS=Object.freeze({priceSource:"catalog"});function au(e){return D2.get(e)??uS}function M2(e,t){D2.set(e,t)}var yo="genspend.prices.yml";function z2(){return cS??=lS()}var cS;function lS(){let e=$.string().regex(/^(0|[1-9]\d?)(\.\d+)?%$/,{message:'expected a percentage under 100 such as "15%" or "12.5%"'}),t=$.object({discount:e.optional(),models:$.array(T2().Model).default([])}).strict();return $.object({$schema:$.string().optional(),version:$.literal(1,{message:"expected `version: 1`"}),providers:$.record($.string().regex(/^[a-z][a-z0-9-]*$/,{message:"expected a lower-case provider id"}),t)}).strict()}function L2(e,t){let n=Jo(e,t,{exactNumbers:!1}),r=z2(),i=r.safeParse(n.value);if(!i.success)throw new rt(ou(i.error.issues,r,n,t));return i.data}function q2(e,t,n=yo){let r=e.providers.map(i=>{let o=t.providers[i.provider];if(!o)return i;let s=o.discount?new de(1).minus(new de(o.discount.slice(0,-1)).div(100)):void 0,a=(f,p)=>{let m={...f};return M2(m,p),m},c=o.models.map(f=>({...f,rates:f.rates.map(p=>a(p,{priceSource:n}))})),u=new Set(o.models.flatMap(f=>[f.id,...f.aliases]).map(f=>f.toLowerCase())),l=i.models.filter(f=>![f.id,...f.aliases].some(p=>u.has(p.toLowerCase()))).map(f=>s?{...f,...f.minimum?{minimum:{...f.minimum,amount:U2(f.minimum.amount,s)}}:{},rates:f.rates.map(p=>a(dS(p,s),{priceSource:n,discount:o.discount}))}:f);return{...i,models:[...c,...l]}});for(let i of Object.keys(t.providers))if(!e.provider(i))throw new Z(`${n}: providers.${i}: genspend has no provider \`${i}\``,{file:n},`use one of ${e.providers.map(o=>o.provider).join(", ")}`);return su(r)}var U2=(e,t)=>new de(e).times(t).toFixed();function dS(e,t){let n=r=>U2(r,t);return{...e,...e.included?{included:{...e.included,amount:n(e.included.amount)}}:{},...e.amount!==void 0?{amount:n(e.amount)}:{},...e.tiers?{tiers:e.tiers.map(r=>({...r,amount:n(r.amount)}))}:{},...e.measured?{measured:e.measured.map(r=>({...r,amount:n(r.amount)}))}:{},...e.range?{range:fS(e.range,n)}:{}}}function vo(e,t,n=yo){return t===void 0?e:q2(e,L2(t,n),n)}function fS(e,t){let n=o=>o===void 0?void 0:typeof o=="string"?t(o):o.map(s=>({...s,amount:t(s.amount)})),r=n(e.low),i=n(e.high);return{...e,...r!==void 0?{low:r}:{},...i!==void 0?{high:i}:{}}}function ih(e,t){if(t.base===null)return{catalog:vo(e,t.head,t.file)};let n=vo(e,t.base,t.file);if(t.base===t.head)return{catalog:n};vo(e,t.head,t.file);let r=t.base===void 0?"adds":t.head===void 0?"removes":"changes",i=t.subject?`this ${t.subject} ${r}`:`the head ${r}`;return{catalog:n,reason:{rule:"budget",level:"warn",scope:"pr",file:t.file,message:`${i} the price file \`${t.file}\` (applies after merge; until then ${t.base===void 0?"the built-in catalog prices":"the base's price file prices"} both sides)`,workloads:[]}}}function oh(e,t){return t?{...e,verdict:e.verdict==="pass"?"warn":e.verdict,reasons:[...e.reasons,t]}:e}var sh=/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,j2=new RegExp(sh.source),uu=e=>j2.test(e);function B2(e){let t=j2.exec(e);return t?{char:t[0],index:t.index}:void 0}var Z2=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`;var ah=new Map(Jr.map((e,t)=>[e,t]));function pS(e,t,n){let r=B2(e);r&&n.push(new Z(`workload name ${JSON.stringify(e)} holds an invisible or control character (${Z2(r.char)} at position ${r.index+1})`,t,"remove it: a name must read as it is matched"));let i=e.normalize("NFC").trim();return i||n.push(new Z("workload name is empty",t,"give the workload a name")),i}function V2(e,t,n){let r=[],i=new Map,o=e.workloads.map((u,l)=>{let f=n(l),p={file:t,...f!==void 0?{line:f}:{}},m=`workloads[${l}]`,b=pS(u.name,{...p,path:`${m}.name`},r),g=i.get(b);g!==void 0&&r.push(new Z(`workload name "${b}" is also used by workloads[${g}]`,{...p,path:`${m}.name`},"give every workload a unique name: the diff matches base and head by name")),i.set(b,l);let w=u.provider.trim().toLowerCase()==="runpod";w&&u.gpu===void 0&&u.model===void 0?r.push(new Z("a runpod workload names its GPU with `gpu`",{...p,path:m},"add `gpu: H100 PRO` (see `genspend prices runpod`), or `model: network-volume` for storage")):w&&u.gpu!==void 0&&u.model!==void 0?r.push(new Z("give either `gpu` or `model`, not both",{...p,path:m},"keep `gpu` for a GPU endpoint")):!w&&u.model===void 0?r.push(new Z("missing required `model`",{...p,path:m},`add \`model:\` with a model id (see \`genspend prices ${u.provider}\`)`)):!w&&u.gpu!==void 0&&r.push(new Z("`gpu` applies to runpod workloads only",{...p,path:`${m}.gpu`},"remove it"));let v=Object.keys(u).filter(_=>ah.has(_)&&u[_]!==void 0);v.sort((_,E)=>ah.get(_)-ah.get(E));let y={};for(let _ of v)y[_]=u[_];return{name:b,provider:u.provider,model:(Array.isArray(u.gpu)?u.gpu.join(","):u.gpu)??u.model,attributes:y,location:p,...u.endpointId!==void 0?{endpointId:u.endpointId}:{}}});if(r.length)throw new rt(r);let s={...e.budget.limit!==void 0?{limit:e.budget.limit}:{},...e.budget.maxIncrease!==void 0?{maxIncrease:e.budget.maxIncrease}:{},...e.budget.maxIncreasePercent!==void 0?{maxIncreasePercent:e.budget.maxIncreasePercent}:{},unpriced:e.budget.unpriced??"warn",...e.budget.judge==="high"?{judge:"high"}:{},...e.budget.undeclared!==void 0?{undeclared:e.budget.undeclared}:{}},a=e.reconcile?.maxVariance!==void 0?{reconcile:{maxVariance:e.reconcile.maxVariance}}:{},c=e.scan?.exclude?.length?{scan:{exclude:e.scan.exclude}}:{};return{file:t,period:e.period,budget:s,...a,...c,workloads:o}}var G2=new WeakMap;function mS(e){let t=new de(e.min),n=new de(e.max),r=e.integer?"a whole number":"a number",i=a=>a.greaterThanOrEqualTo(1e6)?a.toExponential().replace("e+","e"):a.toFixed(),o=`${e.positive?"greater than "+i(t):"from "+i(t)} to ${i(n)}`,s=$.custom().superRefine((a,c)=>{if(!(a instanceof de)){if(typeof a=="number"&&!Number.isFinite(a))c.addIssue({code:"custom",message:`expected ${r} ${o}, got ${Number.isNaN(a)?".nan":".inf"}`});else{if(typeof a=="number")return;c.addIssue({code:"custom",message:`expected ${r} ${o}`})}return}(e.positive?a.lessThanOrEqualTo(t):a.lessThan(t))||a.greaterThan(n)?c.addIssue({code:"custom",message:`expected ${r} ${o}`}):e.integer&&!a.isInteger()&&c.addIssue({code:"custom",message:`expected ${r} ${o}`})});return G2.set(s,{type:e.integer?"integer":"number",...e.positive?{exclusiveMinimum:t.toNumber()}:{minimum:t.toNumber()},maximum:n.toNumber()}),s}function hS(e){switch(e.type){case"decimal":return mS(e);case"text":return $.string().min(1);case"boolean":return $.boolean();case"enum":return $.enum(e.values)}}var uh=e=>Object.fromEntries(Object.entries(e).map(([t,n])=>[t,hS(n)]));function Yr(e){return $.preprocess(t=>ru(t)||t===void 0?t:gS,e)}var gS=Symbol("not a mapping"),bS=$.enum(S2),Xr=uh(R2),K2=$.object({limit:Xr.limit.optional(),maxIncrease:Xr.maxIncrease.optional(),maxIncreasePercent:Xr.maxIncreasePercent.optional(),unpriced:Xr.unpriced.optional(),judge:Xr.judge.optional(),undeclared:Xr.undeclared.optional()}).strict(),kC=Yr(K2),yS=$.object({exclude:$.array($.string().min(1)).max(1e3).optional()}).strict(),vS=$.object({maxVariance:uh(I2).maxVariance.optional()}).strict(),wS=uh(Tn);var xS=$.union([$.string().min(1),$.array($.string().min(1)).min(1,{message:"list at least one GPU"})],{error:"expected a GPU name (`gpu: ADA_24`) or a list of them in fallback order (`gpu: [ADA_24, AMPERE_24]`)"}),kS=Yr($.object({name:$.string().min(1).max(P2),description:$.string().optional(),provider:$.string().min(1),endpointId:$.string().min(1).optional(),model:$.string().min(1).optional(),gpu:xS.optional(),...Object.fromEntries(Object.entries(wS).map(([e,t])=>[e,t.optional()]))}).strict()),H2=$.custom(e=>e instanceof de?e.equals(1):e===1,{message:"expected `version: 1` (the only manifest version so far)"});G2.set(H2,{const:1});var ch=Yr($.object({$schema:$.string().optional(),version:H2,period:bS.default("month"),budget:Yr(K2.default({})),reconcile:Yr(vS).optional(),scan:Yr(yS).optional(),workloads:$.array(kS).max(E2)}).strict());function cu(e,t){let n=Jo(e,t);if(!ru(n.value))throw new Z(`expected a mapping with \`version\`, \`period\`, \`budget\` and \`workloads\`, got ${iu(n.value)}`,{file:t,line:1},"see examples/genspend.yml for the shape");let r=ch.safeParse(n.value,{jitless:!0});if(!r.success)throw new rt(ou(r.error.issues,ch,n,t));return V2(r.data,t,i=>n.lineOf(["workloads",i]))}function lh(e){return Mn(e,({file:t,read:n})=>cu(n(),t))}function dh(e){if(Array.isArray(e)){let n=e.map(dh);return r=>n.some(i=>i(r))}if(typeof e=="object"&&e!==null){let n=e,r=n.gt??n.gte,i=n.lt??n.lte,o={lo:r===void 0?new de(-1/0):new de(r),loOpen:n.gt!==void 0,hi:i===void 0?new de(1/0):new de(i),hiOpen:n.lt!==void 0};return s=>{let a=W2(s);return a!==void 0&&C2(a,o)}}if(typeof e=="boolean")return n=>n===e;if(typeof e=="number"){let n=new de(e);return r=>{let i=W2(r);return i!==void 0&&i.equals(n)}}let t=e.toLowerCase();return n=>typeof n=="string"&&n.trim().toLowerCase()===t}function W2(e){if(e instanceof de)return e;if(typeof e=="string"&&/^-?\d+(\.\d+)?$/.test(e.trim()))return new de(e.trim())}var _S={gt:">",gte:">=",lt:"<",lte:"<="};function fh(e){if(Array.isArray(e))return e.map(String).join(" or ");if(typeof e=="object"&&e!==null){let t=e;return["gt","gte","lt","lte"].filter(n=>t[n]!==void 0).map(n=>`${_S[n]} ${t[n]}`).join(" and ")}return String(e)}var J2=new WeakMap,$S={ceil:de.ROUND_CEIL,floor:de.ROUND_FLOOR,"half-up":de.ROUND_HALF_UP};function X2(e,t){return{rate:e,amount:e.amount===void 0?void 0:oe(e.amount),per:oe(e.per),perIsOne:oe(e.per).equals(1),rounding:e.rounding&&{step:oe(e.rounding.step),stepIsOne:oe(e.rounding.step).equals(1),mode:$S[e.rounding.mode],scope:e.rounding.scope},tiers:e.tiers?.map(n=>({cap:n.upTo===void 0?void 0:oe(n.upTo),amount:oe(n.amount)})),included:e.included&&{quantity:oe(e.included.quantity),amount:oe(e.included.amount)},conditions:Object.entries(e.when),matchers:Object.entries(e.when).map(([n,r])=>[n,dh(r)]),ref:Object.freeze({amount:e.amount??null,...e.tiers?{tiers:e.tiers}:{},...e.included?{included:e.included}:{},per:e.per,unit:e.unit,currency:t.currency,basis:e.basis,source:e.source,checkedAt:e.checkedAt,verified:e.verified,...e.note?{note:e.note}:{},...au(e)})}}function AS(e,t){return e.surcharges.filter(n=>n.appliesTo.includes(t.kind)&&!n.except.includes(t.id))}function ph(e,t){let n=J2.get(t);if(n)return n;let r=e.currency==="credits"?oe(e.credit.usd):oe(1),i=new Map;for(let o of t.rates)i.set(o.charge,[...i.get(o.charge)??[],X2(o,e)]);return n={charges:[...i.entries()],surcharges:AS(e,t).map(o=>X2(o,e)),conditionKeys:[...new Set(t.rates.flatMap(o=>Object.keys(o.when)))],creditUsd:r,creditUsdIsOne:r.equals(1),defaults:Object.fromEntries(Object.entries({...e.defaults,...t.defaults}).map(([o,s])=>[o,typeof s=="number"?oe(s):s])),required:new Map,priced:new Map,choices:new Map},n.choices=RS(e,t,[...n.charges.flatMap(([,o])=>o),...n.surcharges],n.defaults),J2.set(t,n),n}var SS=Object.entries(Tn).flatMap(([e,t])=>t.type==="enum"?[[e,t.values]]:[]);function RS(e,t,n,r){let i=new Map,o=new Set;for(let{rate:c}of n)for(let[u,l]of Object.entries(c.when)){let f=Array.isArray(l)?l:[l];f.every(p=>typeof p=="string")?i.set(u,[...i.get(u)??[],...f]):o.add(u)}for(let c of o)i.delete(c);for(let[c,u]of Object.entries(e.accepts))i.has(c)&&i.get(c).push(...u);for(let[c,u]of Object.entries(t.accepts))i.set(c,[...i.get(c)??[],...u]);let s=n.some(({rate:c})=>c.unit==="gpu_second");for(let[c,u]of SS)(i.has(c)||c==="worker"&&s)&&i.set(c,[...i.get(c)??[],...u]);let a=new Map;for(let[c,u]of i){let l=r[c],f=new Map;for(let p of typeof l=="string"?[...u,l]:u)f.has(p.trim().toLowerCase())||f.set(p.trim().toLowerCase(),p);a.set(c,f)}return a}function Y2(e,t){if(!t.includes(",")||!e.models.some(r=>r.pool))return;let n=t.split(",").map(r=>r.trim()).filter(r=>r.length>0);return n.length>1?n:void 0}function IS(e,t,n){let r=n.models.some(o=>o.pool);if(t.reason==="no-published-price")return`no published price for ${t.pool?`pool ${t.pool}`:`\`${e}\``} (${t.name})`;if(t.reason==="ambiguous"){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` does not say which ${r?"GPU":"endpoint"} (${t.name}); write one of: ${o}`}let i=n.models.flatMap(o=>o.pool?[o.pool.id]:[]);if(t.reason==="not-offered"){if(!r){let o=(t.instead??[]).map(s=>`\`${s}\``).join(", ");return`\`${e}\` is not offered by ${n.name} (${t.name})${o?`; use ${o}`:""}`}return`\`${e}\` is no ${n.name} GPU type (${t.name}); pick one of: ${i.join(", ")}`}return`\`${e}\` is a Pods GPU, not in any ${n.name} pool; pick one of: ${i.join(", ")}`}function Q2(e,t,n){let r=e.unpricedName(t.provider,n);return r?IS(n,r,t):void 0}var On={day:24,week:168,month:730};function mh(e,t){if(e.measured)return["runs","width","height","steps"];switch(e.unit){case"image":case"video":case"request":return["runs"];case"megapixel":return["runs","width","height"];case"video_second":case"audio_second":return["runs","seconds"];case"character":return["runs","characters"];case"gpu_second":return t==="active"?["activeWorkers"]:["runs","seconds"];case"gb_month":return[e.quantityFrom??"volumeGB"];case"reference_image":return["runs","referenceImages"];case"reference_video_second":return["runs","referenceVideoSeconds"];case"video_token":return["runs","width","height","fps","seconds"];case"runner_second":return["runs","seconds"]}}function ty(e,t){return e.unit==="gpu_second"?t==="active"?[]:["coldStartSeconds","idleSeconds"]:e.unit==="runner_second"?["setupSeconds","keepAlive"]:[]}function ny(e,t){let n=mh(e,t);if(e.measured)return[...n,"results"];switch(e.unit){case"image":case"video":case"megapixel":case"video_second":case"video_token":return[...n,"results"];case"gpu_second":return t==="active"?[...n,"worker","gpuCount","runs","seconds"]:[...n,"worker","gpuCount","coldStarts","coldStartSeconds","idleSeconds"];case"runner_second":return[...n,"gpuCount","coldStarts","setupSeconds","keepAlive","teardownSeconds"];default:return n}}function hh(e,t,n){let{num:r,value:i}=n,o=a=>i(a)!==void 0,s=()=>o("results")?r("results"):pt;switch(e){case"image":return[{label:"images",count:mt(r("runs"),s()),each:pt}];case"video":return[{label:"videos",count:mt(r("runs"),s()),each:pt}];case"request":return[{label:"requests",count:r("runs"),each:pt}];case"megapixel":return[{label:"megapixels",count:mt(r("runs"),s()),each:At(r("width").times(r("height")),ES(t))}];case"video_second":return[{label:"video seconds",count:mt(r("runs"),s()),each:r("seconds")}];case"audio_second":return[{label:"audio seconds",count:r("runs"),each:r("seconds")}];case"character":return[{label:"characters",count:r("runs"),each:r("characters")}];case"gpu_second":return TS(n);case"gb_month":return[{label:"GB-months",count:pt,each:r(t.quantityFrom??"volumeGB")}];case"reference_image":return[{label:"reference images",count:r("runs"),each:r("referenceImages")}];case"reference_video_second":return[{label:"reference video seconds",count:r("runs"),each:r("referenceVideoSeconds")}];case"video_token":return[{label:"video tokens",count:mt(r("runs"),s()),each:PS(r)}];case"runner_second":return OS(n)}}function PS(e){return At(e("width").times(e("height")).times(e("fps")).times(e("seconds")),1024)}var ey=new Map;function ES(e){let t=e.pixelsPerMegapixel??"1000000",n=ey.get(t);return n||ey.set(t,n=oe(t)),n}function TS({num:e,value:t,period:n}){let r=t("gpuCount")!==void 0?e("gpuCount"):pt;if(t("worker")==="active")return[{label:"always-on",count:mt(e("activeWorkers"),r),each:oe(On[n]).times(3600)}];let i=[{label:"execution",count:mt(e("runs"),r),each:e("seconds")}];return t("coldStarts")!==void 0&&!e("coldStarts").isZero()&&(i.push({label:"cold starts",count:mt(e("coldStarts"),r),each:e("coldStartSeconds")}),i.push({label:"idle timeout",count:mt(e("coldStarts"),r),each:e("idleSeconds")})),i}function OS({num:e,value:t}){let n=t("gpuCount")!==void 0?e("gpuCount"):pt,r=[{label:"execution",count:mt(e("runs"),n),each:e("seconds")}];if(t("coldStarts")===void 0||e("coldStarts").isZero())return r;let i=mt(e("coldStarts"),n);return r.push({label:"setup",count:i,each:e("setupSeconds")}),r.push({label:"keep-alive",count:i,each:e("keepAlive")}),t("teardownSeconds")!==void 0&&r.push({label:"teardown",count:i,each:e("teardownSeconds")}),r}var ry={published:2,contract:2,account:2,measured:1,modeled:0},wo={megapixels:{from:["width","height"],compute:e=>e("width").times(e("height")).dividedBy(1e6)}};function xo(e,t,n){let r={name:e.name,provider:e.provider,model:e.model,...e.location?{location:e.location}:{},...e.endpointId!==void 0?{endpointId:e.endpointId}:{},runs:e.attributes.runs instanceof de?e.attributes.runs:null,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[]},i=t.provider(e.provider);if(!i)return r.unpriced=`unknown provider \`${e.provider}\` (genspend prices ${t.providers.map(g=>g.provider).join(", ")})`,r;let o=i.provider==="runpod"?"GPU":"model";if(!e.model)return r.unpriced=`no ${o} given`,r;let s=t.model(i.provider,e.model);if(!s){let g=Y2(i,e.model);if(g)return CS(e,g,t,n,r);let w=Q2(t,i,e.model);if(w)return r.unpriced=w,r;let v=NS(e,t,i,r);if(!v)return r;s=v}let{model:a}=s,c=ph(i,a),u=MS(e,c,DS(e,i,a,c));LS(e,i,a,c,u),jS(e,i,a,u),qS(e,a,c,u,r,s.architecture!==void 0),s.architecture&&FS(e,s.architecture,r);let l=[];for(let[g,w]of c.charges){let v,y=0;for(let _ of w)iy(_,u.value)&&US(_,u.value)&&(v=_,y++);if(!(y===0&&w.every(_=>_.rate.optional))){if(y!==1)return r.unpriced=GS(a,g,w,y,u.value),r;l.push(v)}}let f=new Set;for(let g of c.surcharges){if(!g.conditions.some(([v])=>!wo[v]&&e.attributes[v]!==void 0))continue;let w=g.conditions.flatMap(([v])=>wo[v]?.from??[v]).filter(v=>u.value(v)===void 0);if(w.length)throw new Z(`workload "${e.name}": the ${i.name} "${g.rate.charge}" surcharge needs \`${w[0]}\``,e.location,`add \`${w[0]}:\` to the workload`,{workload:e.name,attribute:w[0],missing:w});if(iy(g,u.value)){if(f.has(g.rate.charge))return r.unpriced=`two ${i.name} "${g.rate.charge}" surcharges match; the catalog is ambiguous`,r;f.add(g.rate.charge),l.push(g)}}let p={num:u.num,value:u.value,period:n},m=l.map(g=>cy(g,c,p,r));for(let g of m)r.lines.push(...g);let b=VS(a,c,i,p,r.lines);b&&r.lines.push(b),r.cost=qe(r.lines.map(g=>g.amountUsd)),l.some(g=>g.rate.range)&&KS(a,c,p,l,m,r),i.currency==="credits"&&(r.credits=qe(r.lines.map(g=>g.amount)),r.creditUsd=c.creditUsd),r.basis=r.lines.reduce((g,w)=>ry[w.basis]<ry[g]?w.basis:g,r.lines[0]?.basis??"published");for(let g of u.defaulted)r.assumptions.push(`${g}: ${String(u.value(g))} (${i.name} default, not in the manifest)`);u.defaulted.size&&(r.defaulted=Object.fromEntries([...u.defaulted].map(g=>[g,String(u.value(g))])));for(let{rate:g}of l)g.verified||r.warnings.push(`unverified price for ${a.id}${g.charge==="base"?"":` (${g.charge})`}: ${g.note??"not confirmed against its source"}`);if(a.retired){let{on:g,replacement:w}=a.retired;r.warnings.push(`${a.id} was retired by ${i.name} on ${g}; use ${w}`)}return e6(p,u.value,r),r}function CS(e,t,n,r,i){let{gpuPick:o,...s}=e.attributes,a=typeof o=="string"&&o.trim().toLowerCase()==="first",c;for(let m of a?t.slice(0,1):t){let b=xo({...e,model:m,attributes:s},n,r);if(b.cost===null)return i.unpriced=`\`${m}\` in the GPU list ${t.join(", ")}: ${b.unpriced??"unpriced"}`,i;(!c||b.cost.greaterThan(c.estimate.cost))&&(c={id:m,estimate:b})}let{id:u,estimate:l}=c,f=n.model(e.provider,u).model,p=a?`the first of ${t.join(", ")} (gpuPick: first)`:`the dearest of ${t.join(", ")}: an endpoint may run its jobs on any GPU in its list (gpuPick: first prices the first)`;return{...l,model:e.model,assumptions:[`gpu: priced at ${u} (${f.id}), ${p}`,...l.assumptions]}}function NS(e,t,n,r){let i=e.model,o=e.attributes.architecture,s=(n.architectures??[]).map(f=>f.id);if(typeof o=="string"&&s.length){let f=t.architecture(n.provider,o);if(f)return f;r.unpriced=`no ${n.name} price for architecture \`${o}\` yet (the catalog prices ${s.join(", ")})`;return}let a=`add \`architecture:\` (one of ${go.join(", ")}) to price it from ${n.name}'s measured runs`;if(t.isCommunity(n.provider,i)){r.unpriced=`${n.name} community model \`${i}\` is billed by its architecture: ${a}`;return}let c=n.provider==="runpod"?"GPU":"model",u=t.suggest(n.provider,i),l=s.length?`; if it is a community model, ${a}`:"";r.unpriced=`unknown ${n.name} ${c} \`${i}\`${u?` (did you mean \`${u}\`?)`:""}${l}`}function FS(e,t,n){let{entry:r,known:i}=t;n.architecture=r.id;let o=i?`the catalog lists ${i.name} as ${r.id} (${i.source})`:`\`architecture: ${r.id}\` in the workload`;n.assumptions.push(`architecture: priced as ${r.name} (\`${r.id}\`) from ${o}`);let s=e.attributes.architecture;i&&typeof s=="string"&&s!==r.id&&n.warnings.push(`\`architecture: ${s}\` ignored: the catalog lists ${e.model} as ${r.id} (${i.source})`),i&&!i.verified&&n.warnings.push(`unverified architecture for ${e.model}: ${i.note??"not confirmed against its source"}`)}function DS(e,t,n,r){let i;for(let[o,s]of Object.entries(e.attributes)){if(typeof s!="string")continue;let a=r.choices.get(o);if(!a)continue;let c=a.get(s.trim().toLowerCase());if(c!==void 0){c!==s&&(i??=new Map).set(o,c);continue}let u=[...a.values()],l=Ge(s.trim(),u);throw new Z(`workload "${e.name}": ${t.name} ${n.id} does not know \`${o}\` ${JSON.stringify(s)} (allowed: ${u.join(", ")})`,e.location,l?`did you mean \`${o}: ${l}\`?`:`write \`${o}:\` as one of ${u.join(", ")}`,{workload:e.name,attribute:o,value:s,allowed:u,...l?{suggestion:l}:{}})}return i}function MS(e,t,n){let r=t.defaults,i=new Set,o,s=c=>{let u=n?.get(c)??e.attributes[c];if(u!==void 0)return typeof u=="number"?oe(u):u;let l=r[c];if(l!==void 0)return i.add(c),l;let f=wo[c];if(f&&f.from.every(p=>s(p)!==void 0)){let p=o?.get(c);return p||(o??=new Map).set(c,p=f.compute(a)),p}},a=c=>{let u=s(c);if(u instanceof de)return u;if(typeof u=="string"&&/^\d+(\.\d+)?$/.test(u.trim()))return oe(u.trim());throw new Z(`\`${c}\` must be a number, got ${JSON.stringify(u)}`,e.location)};return{value:s,num:a,defaulted:i}}function zS(e,t,n){let r=t.required.get(n);if(!r){let i=new Set(e.requires),o=e.rates.filter(s=>!s.optional);for(let s of o)for(let a of Object.keys(s.when))for(let c of wo[a]?.from??[a])i.add(c);for(let s of o)for(let a of mh(s,n))i.add(a);for(let s of e.rates)for(let a of s.absent??[])i.delete(a);r=[...i],t.required.set(n,r)}return r}function ay(e,t,n){let r=t.priced.get(n);if(!r){let i=new Set(e.requires),o=[...t.charges.flatMap(([,s])=>s),...t.surcharges];for(let{rate:s}of o){for(let a of Object.keys(s.when))for(let c of wo[a]?.from??[a])i.add(c);for(let a of ny(s,n))i.add(a)}t.priced.set(n,r=i)}return r}function LS(e,t,n,r,i){let o=i.value("worker"),s=typeof o=="string"?o:void 0,a=zS(n,r,s),c=i.value("coldStarts");if(c instanceof de&&!c.isZero()){let b=new Set(n.rates.flatMap(g=>ty(g,s)));b.size&&(a=[...a,...b])}let u=a.filter(b=>i.value(b)===void 0),l=u[0];if(l===void 0)return;let f=n.rates.map(b=>b.when[l]).filter(b=>b!==void 0).map(fh),p=f.length?` (one of: ${[...new Set(f)].join(", ")})`:"",m=u.length>1?`; also missing: ${u.slice(1).map(b=>`\`${b}\``).join(", ")}`:"";throw new Z(`workload "${e.name}": ${t.name} ${n.id} needs \`${l}\`${p}${m}`,e.location,`add \`${l}:\` to the workload`,{workload:e.name,attribute:l,missing:u})}function qS(e,t,n,r,i,o){let s=r.value("worker"),a=typeof s=="string"?s:void 0,c=ay(t,n,a),u=a!==void 0&&n.choices.has("worker")?` with \`worker: ${a}\``:"";for(let l of Object.keys(e.attributes))o&&l==="architecture"||c.has(l)||i.warnings.push(`\`${l}\` does not change the price of ${t.id}${u}; ignored`)}function uy(e,t,n,r){let i=e.model(t,n);return i&&ay(i.model,ph(i.provider,i.model),r)}function US(e,t){return(e.rate.absent??[]).every(n=>t(n)===void 0)}function jS(e,t,n,r){for(let[i,o]of Object.entries(n.allowed??{})){let s=r.value(i);if(s===void 0)continue;let a=s instanceof de?s:typeof s=="string"&&/^\d+(\.\d+)?$/.test(s.trim())?oe(s.trim()):void 0;if(a&&BS(o,a))continue;let c=ZS(o);throw new Z(`workload "${e.name}": ${t.name} ${n.id} does not accept \`${i}\` ${String(s)} (allowed: ${c})`,e.location,`write \`${i}:\` as ${Array.isArray(o)?`one of ${c}`:c}`,{workload:e.name,attribute:i,value:String(s),allowed:Array.isArray(o)?o.map(String):[c]})}}function BS(e,t){return Array.isArray(e)?e.some(n=>t.equals(n)):e.integer&&!t.isInteger()?!1:(e.gte===void 0||t.greaterThanOrEqualTo(e.gte))&&(e.lte===void 0||t.lessThanOrEqualTo(e.lte))}function ZS(e){if(Array.isArray(e))return e.join(", ");let t=e.integer?"a whole number":"a number";return e.gte!==void 0&&e.lte!==void 0?`${t} from ${e.gte} to ${e.lte}`:e.gte!==void 0?`${t} of at least ${e.gte}`:e.lte!==void 0?`${t} up to ${e.lte}`:t}function VS(e,t,n,r,i){let o=e.minimum;if(!o||r.value("runs")===void 0)return;let s=r.num("runs");if(s.isZero())return;let a=qe(i.map(f=>f.amount)),c=s.times(o.amount);if(a.greaterThanOrEqualTo(c))return;let u=c.minus(a),l=n.currency==="credits"?"credits":"USD";return{charge:"minimum",label:`minimum ${o.amount} ${l} per request applied (metered ${$e(At(a,s))})`,unit:"request",quantity:s,billedQuantity:s,rate:Object.freeze({amount:o.amount,per:"1",unit:"request",currency:n.currency,basis:o.basis,source:o.source,checkedAt:o.checkedAt,verified:o.verified,...o.note?{note:o.note}:{},...au(e.rates[0])}),amount:u,amountUsd:t.creditUsdIsOne?u:u.times(t.creditUsd),basis:o.basis}}function iy(e,t){for(let[n,r]of e.matchers){let i=t(n);if(i===void 0||!r(i))return!1}return!0}function GS(e,t,n,r,i){let s=[...new Set(n.flatMap(c=>Object.keys(c.rate.when)))].map(c=>`${c}: ${String(i(c))}`).join(", ");if(r>1)return`${e.id}: more than one price matches ${s} (the catalog is ambiguous; run \`genspend catalog check\`)`;let a=n.map(c=>Object.entries(c.rate.when).map(([u,l])=>`${u} ${fh(l)}`).join(", ")).join("; ");return`${e.id} has no ${t==="base"?"":`"${t}" `}price for ${s} (priced: ${a})`}function KS(e,t,n,r,i,o){let s={assumptions:[]},a=l=>{let f=Et;r.forEach((m,b)=>{let g=HS(m,l),w=g?cy(g,t,n,s):i[b];f=f.plus(qe(w.map(v=>v.amount)))});let p=e.minimum&&n.value("runs")!==void 0?n.num("runs"):void 0;return p&&!p.isZero()&&(f=de.max(f,p.times(e.minimum.amount))),t.creditUsdIsOne?f:f.times(t.creditUsd)},c=de.min(a("low"),o.cost),u=de.max(a("high"),o.cost);o.range={low:c,high:u};for(let{rate:l}of r){if(!l.range)continue;let f=l.range.source?` (${l.range.source})`:"";o.assumptions.push(`price range ${se(c)} to ${se(u)}: ${l.range.note}${f}`)}}var oy=new WeakMap;function HS(e,t){let n=e.rate.range?.[t];if(n===void 0)return;let r=oy.get(e);r||oy.set(e,r={});let i=r[t];return i||(i=typeof n=="string"?{...e,amount:oe(n),rate:{...e.rate,amount:n}}:{...e,rate:{...e.rate,measured:n}},r[t]=i),i}function cy(e,t,n,r){let{rate:i}=e,o=e.ref,s=i.basis,a,c;if(i.measured){let u=YS(i,n);a=u.amount,o={...o,amount:$e(u.amount)},s=u.basis,u.assumption&&r.assumptions.push(u.assumption),c=hh("image",i,n)}else c=hh(i.unit,i,n);return c.map(u=>{let l=mt(u.count,u.each),f=WS(e,u,l),p;if(a?p=f.times(a):e.tiers?p=XS(e,f):e.included?p=JS(e,u.count,f):p=e.perIsOne?f.times(e.amount):At(f.times(e.amount),e.per),i.unit==="gb_month"){let m=On[n.period];p=At(p.times(m),On.month),n.period!=="month"&&r.assumptions.push(`storage prorated to ${m} of ${On.month} hours`)}return{charge:i.charge,label:i.charge==="base"?u.label:`${i.charge}: ${u.label}`,unit:i.unit,quantity:l,billedQuantity:f,rate:o,amount:p,amountUsd:t.creditUsdIsOne?p:p.times(t.creditUsd),basis:s}})}function WS(e,t,n){let r=e.rounding;if(!r)return n;let i=o=>r.stepIsOne?o.toDecimalPlaces(0,r.mode):o.dividedBy(r.step).toDecimalPlaces(0,r.mode).times(r.step);return r.scope==="request"?t.count.times(i(t.each)):i(n)}function JS(e,t,n){if(t.isZero())return Et;let{quantity:r,amount:i}=e.included,o=de.max(Et,n.dividedBy(t).minus(r)),s=i.plus(e.perIsOne?o.times(e.amount):At(o.times(e.amount),e.per));return t.times(s)}function XS(e,t){let n=At(t,e.per),r=Et,i=Et;for(let o of e.tiers){let s=o.cap&&At(o.cap,e.per),a=s===void 0?n:de.min(n,s.minus(r));if(a.lessThanOrEqualTo(0))break;i=i.plus(a.times(o.amount)),n=n.minus(a),s!==void 0&&(r=s)}return i}var sy=new WeakMap;function YS(e,t){let n=`${t.num("width").toString()}x${t.num("height").toString()}x${t.num("steps").toString()}`,r=sy.get(e);r||sy.set(e,r=new Map);let i=r.get(n);return i||r.set(n,i=QS(e,t)),i}function QS(e,t){let n=t.num("width"),r=t.num("height"),i=t.num("steps"),o=n.times(r).times(i),s=(l,f)=>{let p=l.dividedBy(f);return de.max(p,oe(1).dividedBy(p))},a;for(let l of e.measured){if(n.equals(l.width)&&r.equals(l.height)&&i.equals(l.steps))return{amount:oe(l.amount),basis:"measured"};let f={run:l,pixels:s(n.times(r),l.width*l.height),steps:s(i,l.steps)};(!a||f.pixels.lessThan(a.pixels)||f.pixels.equals(a.pixels)&&f.steps.lessThan(a.steps))&&(a=f)}let{run:c}=a;return{amount:At(oe(c.amount).times(o),c.width*c.height*c.steps),basis:"modeled",assumption:`modeled: scaled from the measured run at ${c.width}x${c.height}, ${c.steps} steps ($${c.amount} per image) by pixels and steps`}}function e6(e,t,n){if(t("worker")!=="active"||t("runs")===void 0||t("seconds")===void 0)return;let r=e.num("runs").times(e.num("seconds").ceil()),i=e.num("activeWorkers").times(On[e.period]*3600);r.greaterThan(i)&&n.warnings.push(`jobs need ${r.toFixed()} GPU-seconds but ${e.num("activeWorkers").toFixed()} active worker(s) provide ${i.toFixed()}: the overflow runs on flex workers and is not priced here; add a flex workload for it`)}function gh(e,t,n){if(new Set(e.map(a=>a.period)).size>1)throw new Z(`manifests use different periods (${e.map(a=>`${a.file}: ${a.period}`).join(", ")})`,void 0,"use one `period` in every manifest, or price them separately");let i=n&&t6(n),o=Mn(e,a=>{let c=Mn(a.workloads,f=>{let p=i?.get(`${a.file}\0${f.name}`);return p&&p.period===a.period&&n6(p.spec,f)?i6(p.estimate,f):xo(f,t,a.period)}),u=qe(c.map(f=>f.cost).filter(f=>f!==null)),l=ly(c.filter(f=>f.cost!==null),f=>f.cost);return{file:a.file,period:a.period,budget:a.budget,...a.reconcile?{reconcile:a.reconcile}:{},workloads:c,total:u,...l?{range:l}:{}}}),s=ly(o,a=>a.total);return{period:e[0]?.period??"month",total:qe(o.map(a=>a.total)),...s?{range:s}:{},manifests:o}}function ly(e,t){if(e.some(n=>n.range))return{low:qe(e.map(n=>n.range?.low??t(n))),high:qe(e.map(n=>n.range?.high??t(n)))}}function t6(e){let t=new Map;return e.manifests.forEach((n,r)=>{let i=e.estimate.manifests[r]?.workloads;n.workloads.forEach((o,s)=>{let a=i?.[s];a&&t.set(`${n.file}\0${o.name}`,{spec:o,estimate:a,period:n.period})})}),t}function n6(e,t){if(e.provider!==t.provider||e.model!==t.model||e.endpointId!==t.endpointId)return!1;let n=Object.keys(e.attributes);if(n.length!==Object.keys(t.attributes).length)return!1;for(let r of n){let i=e.attributes[r],o=t.attributes[r];if(i!==o&&!(i instanceof de&&o instanceof de&&r6(i,o)))return!1}return!0}function r6(e,t){if(e.s!==t.s||e.e!==t.e||!e.d||!t.d||e.d.length!==t.d.length)return!1;for(let n=0;n<e.d.length;n++)if(e.d[n]!==t.d[n])return!1;return!0}function i6(e,t){let{name:n,provider:r,model:i,location:o,...s}=e;return{name:n,provider:r,model:i,...t.location?{location:t.location}:{},...s}}function ko(e){return e.baseError!==void 0?" (base unreadable)":e.base?e.head?"":" (removed)":" (new)"}function bh(e,t){return e.isZero()?null:t.dividedBy(e).times(100)}var dy=e=>e?.cost??Et;function lu(e,t,n=[]){let r=new Map;for(let u of e?.manifests??[])r.set(u.file,{base:u,head:null});for(let u of t.manifests)r.set(u.file,{base:r.get(u.file)?.base??null,head:u});let i=new Map(n.map(u=>[u.file,u.error]));for(let u of i.keys())r.has(u)||r.set(u,{base:null,head:null});let o=[...r.entries()].sort(([u],[l])=>u<l?-1:u>l?1:0).map(([u,l])=>{let f=o6(u,l.base,l.head),p=i.get(u);return p===void 0?f:{...f,baseError:p}}),s=qe(o.map(u=>u.baseTotal)),a=qe(o.map(u=>u.headTotal)),c=Go(a,s);return{baseTotal:s,headTotal:a,delta:c,deltaPercent:bh(s,c),manifests:o}}function o6(e,t,n){let r=new Map;for(let c of t?.workloads??[])r.set(c.name,{base:c,head:null});for(let c of n?.workloads??[])r.set(c.name,{base:r.get(c.name)?.base??null,head:c});let i=[...r.entries()].map(([c,u])=>{let l=dy(u.base),f=dy(u.head),p=Go(f,l),m=u.base?u.head?p.isZero()&&u.base.unpriced===u.head.unpriced?"unchanged":"changed":"removed":"added";return{file:e,name:c,base:u.base,head:u.head,baseCost:l,headCost:f,delta:p,status:m}}),o=t?.total??Et,s=n?.total??Et,a=Go(s,o);return{file:e,base:t,head:n,baseTotal:o,headTotal:s,delta:a,deltaPercent:bh(o,a),workloads:i}}function yh(e){return e.range?{...e,total:e.range.high,manifests:e.manifests.map(t=>t.range?{...t,total:t.range.high,workloads:t.workloads.map(n=>n.range?{...n,cost:n.range.high}:n)}:t)}:e}var ir=e=>e.scope==="pr"?"PR-level":e.file,wh="a non-negative number such as 50 or 12.5";function xh(e){return/^\d{1,15}(\.\d{1,15})?$/.test(e)?oe(e):null}function kh(e,t){let n=s6(t.pr??{}),r=t.high,i=u6(n.judge==="high"&&r?r:e,n,t.hasBase,n.judge==="high"),o=[];for(let a of e.manifests){let c=fy(a);c&&o.push(c);let u=c?.budget??{unpriced:"warn"},l=u.judge==="high"?r?.manifests.find(f=>f.file===a.file):void 0;i.push(...c6(a,u,t.hasBase,n,t.subject,l))}return{verdict:i.some(a=>a.level==="fail")?"fail":i.length?"warn":"pass",reasons:i,rules:{pr:n,manifests:o,hasBase:t.hasBase}}}function fy(e){if(e.base)return{file:e.file,budget:e.base.budget,from:"base"};if(e.head)return{file:e.file,budget:e.head.budget,from:"head"}}function s6(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var a6=(e,t)=>t.delta.comparedTo(e.delta);function vh(e,t){return e.filter(n=>n.delta.greaterThan(0)).sort(a6).map(n=>({name:n.name,...t?{file:n.file}:{},...n.head?.location?.line!==void 0?{line:n.head.location.line}:{}}))}var py=e=>(e.head?.workloads??[]).filter(t=>t.cost===null);function my(e,t,n){let r=[];if(t.limit!==void 0&&e.headTotal.greaterThan(t.limit)){let o=n&&e.baseTotal.greaterThan(t.limit);r.push({rule:"limit",level:o?"warn":"fail",message:`${e.total(se(e.headTotal))} is over the ${se(t.limit)} limit by ${se(e.headTotal.minus(t.limit))}`+(o?`, but the base was already over (${se(e.baseTotal)}), so this change does not fail on it`:""),threshold:t.limit,actual:e.headTotal,workloads:e.workloads()})}if(!n||!e.increaseRules)return r;t.maxIncrease!==void 0&&e.delta.greaterThan(t.maxIncrease)&&r.push({rule:"maxIncrease",level:"fail",message:`${e.increase(se(e.delta))} is over the ${se(t.maxIncrease)} maximum by ${se(e.delta.minus(t.maxIncrease))}${e.note}`,threshold:t.maxIncrease,actual:e.delta,workloads:e.workloads()});let i=t.maxIncreasePercent;if(i!==void 0&&e.delta.greaterThan(0))if(e.deltaBase.isZero())e.zeroBase==="fail"&&r.push({rule:"maxIncreasePercent",level:"fail",message:`${e.increase(se(e.delta))} is from a $0 base: over any percent maximum (${Dt(i)})${e.note}`,threshold:i,workloads:e.workloads()});else{let o=e.delta.dividedBy(e.deltaBase).times(100);o.greaterThan(i)&&r.push({rule:"maxIncreasePercent",level:"fail",message:`${e.increase(Dt(o))} is over the ${Dt(i)} maximum${e.note}`,threshold:i,actual:o,workloads:e.workloads()})}return r}var du=" at the high end of its price range";function u6(e,t,n,r){let i=[],o=c=>{i.push({scope:"pr",file:"",...c})},s=e.manifests.filter(c=>c.baseError===void 0),a=e.manifests.filter(c=>c.baseError!==void 0).map(c=>`\`${c.file}\``);if(my({headTotal:e.headTotal,baseTotal:e.baseTotal,delta:qe(s.map(c=>c.delta)),deltaBase:qe(s.map(c=>c.baseTotal)),increaseRules:!0,zeroBase:"fail",workloads:()=>vh(s.flatMap(c=>c.workloads),!0),total:c=>`the total of every manifest${r?du:""}, ${c},`,increase:c=>`the increase over every manifest${r?du:""}, ${c},`,note:a.length?` (not counting ${a.join(", ")}, whose base could not be read)`:""},t,n).forEach(o),t.unpriced==="fail"){let c=e.manifests.filter(u=>fy(u)?.budget.unpriced!=="fail").flatMap(u=>py(u).map(l=>({file:u.file,w:l})));c.length&&o({rule:"unpriced",level:"fail",message:`${c.length} workload${c.length===1?"":"s"} could not be priced, and the PR-level rule is \`unpriced: fail\`: ${c.map(({file:u,w:l})=>`"${l.name}" in ${u}`).join("; ")}`,workloads:c.map(({file:u,w:l})=>({name:l.name,file:u,...l.location?.line!==void 0?{line:l.location.line}:{}}))})}return i}function c6(e,t,n,r,i,o){let s=[],a=o??e,c=p=>{s.push({scope:"manifest",file:e.file,...p})},u=vh(e.workloads,!1);if(e.base&&e.head){let p=gy(e.base.budget,e.head.budget);p.length&&c({rule:"budget",level:"warn",message:`${i?`this ${i} changes the budget of \`${e.file}\``:`the budget of \`${e.file}\` changes`}: ${p.join(", ")} (applies after merge; until then the base's budget judges it)`,workloads:[]})}e.baseError!==void 0&&c({rule:"baseline",level:"warn",message:`the base of this manifest could not be read (${e.baseError}): it counts as unpriced at the base, so the increase rules are not judged for it`,workloads:[]}),my({headTotal:a.headTotal,baseTotal:a.baseTotal,delta:a.delta,deltaBase:a.baseTotal,increaseRules:e.baseError===void 0,zeroBase:"skip",workloads:()=>o?vh(o.workloads,!1):u,total:p=>o?`total${du}, ${p},`:`total ${p}`,increase:p=>o?`increase${du}, ${p},`:`increase of ${p}`,note:""},t,n).forEach(c);let l=py(e);l.length&&!(r.unpriced==="fail"&&t.unpriced!=="fail")&&c({rule:"unpriced",level:t.unpriced,message:`${l.length} workload${l.length===1?"":"s"} could not be priced: ${l.map(p=>`"${p.name}" (${p.unpriced})`).join("; ")}`,workloads:l.map(p=>({name:p.name,...p.location?.line!==void 0?{line:p.location.line}:{}}))});let f=n?(e.base?.workloads??[]).filter(p=>p.cost===null):[];return f.length&&c({rule:"baseline",level:"warn",message:`the base has ${f.length} unpriced workload${f.length===1?"":"s"} (${f.map(p=>`"${p.name}"`).join(", ")}): the change is measured against an incomplete baseline`,workloads:[]}),s}function fu(e){let t=[];for(let[n,r]of hy){let i=e[n];i!==void 0&&t.push(`${n} ${r(i)}`)}return e.unpriced!==void 0&&t.push(`unpriced ${e.unpriced}`),e.judge==="high"&&t.push("judged at the high end of price ranges"),t.join(", ")}var hy=[["limit",se],["maxIncrease",se],["maxIncreasePercent",Dt]];function gy(e,t){let n=[];for(let[r,i]of hy){let o=e[r],s=t[r];o===void 0&&s===void 0||o!==void 0&&s!==void 0&&o.equals(s)||n.push(`${r} ${o===void 0?"none":i(o)} \u2192 ${s===void 0?"none":i(s)}`)}return e.unpriced!==t.unpriced&&n.push(`unpriced ${e.unpriced} \u2192 ${t.unpriced}`),(e.judge??"expected")!==(t.judge??"expected")&&n.push(`judge ${e.judge??"expected"} \u2192 ${t.judge??"expected"}`),n}function _h(e){let t=e.catalog??rr(),n=e.base!==void 0,r=e.base?.manifests??[],i=gh(e.head,t),o=r.length?gh(r,t,{manifests:e.head,estimate:i}):null;if(o&&e.head.length&&o.period!==i.period)throw new Z(`the base is priced per ${o.period} and the head per ${i.period}`,void 0,"change `period` in a change of its own, or compare manifests with the same period");o&&!e.head.length&&(i={...i,period:o.period});let s=lu(o,i,e.base?.unreadable),a=l6(e,o,i)?lu(o&&yh(o),yh(i),e.base?.unreadable):void 0,c=kh(s,{hasBase:n,...e.pr?{pr:e.pr}:{},...e.subject?{subject:e.subject}:{},...a?{high:a}:{}});return{base:o,head:i,diff:s,budget:c,hasBase:n}}function l6(e,t,n){return!n.range&&!t?.range?!1:e.pr?.judge==="high"?!0:[...t?.manifests??[],...n.manifests].some(r=>r.budget.judge==="high")}var by=e=>e===null?null:e.toFixed(2),yy=()=>({lines:new Map,figures:new Map});function $h(e,t){let n=t.figures.get(e);return n===void 0&&t.figures.set(e,n=$e(e)),n}function d6(e,t){let n=t.lines.get(e);if(n)return n;let r=$e(e.quantity),i=$e(e.amount),o={charge:e.charge,label:e.label,unit:e.unit,quantity:r,billedQuantity:e.billedQuantity===e.quantity?r:$e(e.billedQuantity),rate:{amount:e.rate.amount,...e.rate.tiers?{tiers:e.rate.tiers}:{},...e.rate.included?{included:e.rate.included}:{},per:e.rate.per,unit:e.rate.unit,currency:e.rate.currency,basis:e.basis,source:e.rate.source,checkedAt:e.rate.checkedAt,verified:e.rate.verified},amount:i,amountUsd:e.amountUsd===e.amount?i:$e(e.amountUsd),priceSource:e.rate.priceSource};return e.rate.discount&&(o.discount=e.rate.discount),t.lines.set(e,o),o}function f6(e,t){let n={name:e.name};return e.location&&(n.file=e.location.file),e.location?.line!==void 0&&(n.line=e.location.line),n.provider=e.provider,n.model=e.model??null,n.cost=e.cost===null?null:$h(e.cost,t),e.credits!==null&&(n.credits=$e(e.credits)),e.range&&e.cost!==null&&(n.range=Rh(e.range,n.cost)),n.basis=e.basis,n.lines=e.lines.map(r=>d6(r,t)),n.assumptions=e.assumptions,n.warnings=e.warnings,n}function Rh(e,t){return{low:$e(e.low),expected:t,high:$e(e.high)}}function Ah(e){return{...e.limit!==void 0?{limit:$e(e.limit)}:{},...e.maxIncrease!==void 0?{maxIncrease:$e(e.maxIncrease)}:{},...e.maxIncreasePercent!==void 0?{maxIncreasePercent:$e(e.maxIncreasePercent)}:{},...e.unpriced!==void 0?{unpriced:e.unpriced}:{},...e.judge!==void 0?{judge:e.judge}:{}}}function p6(e){let t=$e(e.total);return{file:e.file,total:t,...e.range?{range:Rh(e.range,t)}:{},budget:{...Ah(e.budget),unpriced:e.budget.unpriced}}}function m6(e){return{pr:Ah(e.rules.pr),manifests:e.rules.manifests.map(t=>({file:t.file,from:t.from,budget:Ah(t.budget)}))}}function vy(e){return e.reasons.map(t=>({rule:t.rule,level:t.level,scope:t.scope,file:t.file,message:t.message,...t.threshold!==void 0?{threshold:$e(t.threshold)}:{},...t.actual!==void 0?{actual:$e(t.actual)}:{},workloads:t.workloads}))}function Ih(e,t){return Sh(e,t,yy())}function Sh(e,t,n){let r=e.manifests.flatMap(i=>i.workloads);return{version:1,currency:"USD",period:e.period,total:$e(e.total),...e.range?{range:Rh(e.range,$e(e.total))}:{},manifests:e.manifests.map(p6),workloads:r.map(i=>f6(i,n)),unpriced:r.filter(i=>i.cost===null).map(i=>({name:i.name,...i.location?{file:i.location.file}:{},...i.location?.line!==void 0?{line:i.location.line}:{},provider:i.provider,model:i.model??null,reason:i.unpriced??"unpriced"})),verdict:t.verdict,reasons:vy(t)}}function Ph(e,t,n,r){let i={verdict:"pass",reasons:[],rules:{pr:{},manifests:[],hasBase:!1}},o=yy();return{version:1,currency:"USD",period:t.period,base:e?Sh(e,i,o):null,head:Sh(t,i,o),delta:$e(n.delta),deltaPercent:by(n.deltaPercent),verdict:r.verdict,reasons:vy(r),rules:m6(r),manifests:n.manifests.map(s=>({file:s.file,status:s.head?!s.base&&s.baseError===void 0?"added":"changed":"removed",...s.baseError!==void 0?{baseError:s.baseError}:{},baseTotal:$e(s.baseTotal),headTotal:$e(s.headTotal),delta:$e(s.delta),deltaPercent:by(s.deltaPercent),workloads:s.workloads.map(a=>({name:a.name,status:a.status,baseCost:a.base?.cost?$h(a.base.cost,o):a.base?null:"0",headCost:a.head?.cost?$h(a.head.cost,o):a.head?null:"0",delta:$e(a.delta)}))}))}}var h6={"\n":"\\n","\r":"\\r","	":"\\t","\0":"\\0"},g6=e=>{let t=h6[e];if(t)return t;let n=e.charCodeAt(0);return n<=255?`\\x${n.toString(16).padStart(2,"0")}`:`\\u${n.toString(16).padStart(4,"0")}`};function Cn(e){return uu(e)?e.replace(sh,g6):e}function Eh(e){let t=Cn(e),n=t.length-t.trimStart().length,r=t.slice(n);return r.startsWith("::")||r.startsWith("##[")?`${t.slice(0,n)}\\${r}`:t}var cn=e=>e?.manifests.flatMap(t=>t.workloads)??[];function xy(e){let t=new Set;t.add(`a ${e.period} is ${On[e.period]} hours; usage (runs, seconds, sizes) is as declared in the manifest`);for(let r of cn(e))for(let i of r.assumptions)t.add(`${r.name}: ${i}`);let n=cn(e).filter(r=>r.basis==="modeled").length;n&&t.add(`${n} workload${n===1?" is":"s are"} priced from a model of the provider's measured runs, not a published rate`);for(let r of cn(e))r.credits!==null&&r.creditUsd&&t.add(`Runway credits are converted at $${r.creditUsd.toFixed()} per credit`);return[...t]}function ky(e){let t=new Set;for(let n of cn(e))for(let r of n.warnings)t.add(`${n.name}: ${r}`);return[...t]}var b6={image:"image",megapixel:"MP",video:"video",video_second:"s",audio_second:"s audio",character:"chars",request:"request",gpu_second:"GPU-s",gb_month:"GB-month",video_token:"video tokens",runner_second:"GPU-s"};function _y(e){let t=b6[e.unit]??e.unit,n=e.quantity.equals(1)||!["image","video","request"].includes(t)?t:`${t}s`;return{usage:e.quantity===e.billedQuantity||e.quantity.equals(e.billedQuantity)?`${en(e.billedQuantity)} ${n}`:`${en(e.quantity)} ${n}, billed ${en(e.billedQuantity)}`,rate:y6(e.rate,t)}}var wy=new WeakMap;function y6(e,t){let n=wy.get(e);return n?.unit!==t&&wy.set(e,n={unit:t,words:w6(e,t)+v6(e)}),n.words}function v6(e){return e.priceSource==="catalog"?"":e.discount?` (catalog less ${e.discount}, ${e.priceSource})`:` (${e.priceSource})`}function w6(e,t){let n=e.per==="1"?t:`${en(oe(e.per))} ${t}`;if(e.amount===null){let a=e.currency==="credits"?"":"$";return`${(e.tiers??[]).map(u=>`${a}${oe(u.amount).toFixed()}${u.upTo?` to ${en(oe(u.upTo))}`:" beyond"}`).join(", ")} per ${n}`}let r=oe(e.amount),i=r.toSignificantDigits(5),o=i.equals(r)?"":"~",s=e.currency==="credits"?`${o}${i.toFixed()} ${i.equals(1)?"credit":"credits"}`:`${o}$${i.toFixed()}`;return e.included?`${e.currency==="credits"?`${e.included.amount} credits`:`$${oe(e.included.amount).toFixed()}`} for the first ${en(oe(e.included.quantity))} ${t} of each request, then ${s} per ${n}`:`${s} per ${n}`}function Th(e){return e.cost===null?"unpriced":(e.credits!==null?`${se(e.cost)} (${en(e.credits)} cr)`:se(e.cost))+pu(e.range)}function pu(e){return e?` (range ${se(e.low)} to ${se(e.high)})`:""}function Ae(e){return!x6.test(e)&&!uu(e)?e:Cn(e.replace(/[\r\n]+/g," ")).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g,"$1@\u200B").replace(/([\\`*_{}[\]#+!|~])/g,"\\$1")}var x6=/[\r\n&<>\\`*_{}[\]#+!|~@]/,k6={pass:":white_check_mark: **Budget: pass**",warn:":warning: **Budget: pass with warnings**",fail:":x: **Budget: fail**"},$y=e=>`- ${e.level==="fail"?"**fail**":"warn"} (\`${e.rule}\`, ${Ae(ir(e))}): ${Ae(e.message)}`;function mu(e){let t=e.reasons.filter(r=>r.level==="fail"),n=e.reasons.filter(r=>r.level!=="fail");return[k6[e.verdict],...t.map($y),...n.map($y)]}function Sy(e){let{pr:t,manifests:n,hasBase:r}=e.rules,i=o=>r?o.from==="base"?"its budget as merged, at the base":"its own budget: new here, or no readable base":"its budget";return["<details><summary>Budget rules</summary>","",`- PR-level (the whole change, every manifest together): ${fu(t)||"none set"}`,...n.map(o=>`- ${Ae(o.file)} (${i(o)}): ${fu(o.budget)||"none set"}`),"","</details>"]}function Ry(e){return[...Sy(e),"",...mu(e)]}function Iy(e){let t=[],n=cn(e).filter(i=>i.cost===null);if(n.length){t.push("",`**Not priced (${n.length})**, not in the totals:`,"");for(let i of n)t.push(`- ${Ae(i.name)} (${Ae(i.provider)} ${Ae(i.model??"")}): ${Ae(i.unpriced??"")}`)}let r=ky(e);return r.length&&t.push("","**Warnings**","",...r.map(i=>`- ${Ae(i)}`)),t.push("","<details><summary>Assumptions</summary>","",...xy(e).map(i=>`- ${Ae(i)}`),"","</details>"),t}function Py(e){let t=["| Workload | Line | Usage | Rate | Amount |","|---|---|---|---|---:|"];for(let n of cn(e))for(let r of n.lines){let i=_y(r);t.push(`| ${Ae(n.name)} | ${Ae(r.label)} | ${Ae(i.usage)} | ${Ae(i.rate)} | ${se(r.amountUsd)} |`)}return["<details><summary>Line items</summary>","",...t,"","</details>"]}function Oh(e,t){let n=cn(e).length;return["## genspend: projected spend","",`**${se(e.total)} per ${e.period}**${pu(e.range)} across ${n} workload${n===1?"":"s"}.`,"",`| Workload | Provider | Model | Cost / ${e.period} | Basis |`,"|---|---|---|---:|---|",...cn(e).map(i=>`| ${Ae(i.name)} | ${Ae(i.provider)} | ${Ae(i.model??"-")} | ${Th(i)} | ${i.basis??"-"} |`),`| **Total** | | | **${se(e.total)}**${pu(e.range)} | |`,"",...Py(e),...Iy(e),"",...Ry(t),""].join(`
`)}function Ay(e,t){return`${se(e,{sign:!0})}${t?` (${Dt(t,{sign:!0})})`:""}`}function Qr(e,t,n="This change"){if(e.delta.isZero())return`${n} does not change projected spend (${se(e.headTotal)} per ${t}).`;let r=e.delta.greaterThan(0)?"adds":"removes",i=e.deltaPercent?` (${Dt(e.deltaPercent,{sign:!0})})`:" (from $0)";return`${n} ${r} ${se(e.delta.abs())} per ${t} of projected spend${i}: ${se(e.baseTotal)} \u2192 ${se(e.headTotal)}.`}function Ch(e,t,n,r){let i=["| Manifest / workload | Base | Head | Change |","|---|---:|---:|---:|"],o=0;for(let s of e.manifests){let a=ko(s);i.push(`| **${Ae(s.file)}**${a} | ${se(s.baseTotal)} | ${se(s.headTotal)} | ${Ay(s.delta,s.deltaPercent)} |`);for(let c of s.workloads){if(c.status==="unchanged"){o++;continue}let u=f=>f?Th(f):"-",l=c.status==="added"?" (new)":c.status==="removed"?" (removed)":"";i.push(`| ${Ae(c.name)}${l} | ${u(c.base)} | ${u(c.head)} | ${se(c.delta,{sign:!0})} |`)}}return i.push(`| **Total** | **${se(e.baseTotal)}** | **${se(e.headTotal)}** | **${Ay(e.delta,e.deltaPercent)}** |`),["## genspend: projected spend","",Qr(e,t.period,r),"",...i,...o?["",`${o} unchanged workload${o===1?"":"s"} not shown.`]:[],"",...Py(t),...Iy(t),"",...Ry(n),""].join(`
`)}var jt={maxDepth:32,maxNodes:1e5,maxArrayItems:1e3,maxStringLength:1e6},_6=new Set(["__proto__","constructor","prototype"]);function fe(e,t,n,r,i){return new Z(n,{file:e.file,...t?{path:t}:{}},r,i)}var hu=new Map;function ze(e,t){if(!e&&typeof t=="string")return t;let n=hu.get(e);n||(hu.size>=256&&hu.clear(),hu.set(e,n=new Map));let r=n.get(t);return r===void 0&&(n.size>=256&&n.clear(),n.set(t,r=typeof t=="number"?`${e}[${t}]`:e?`${e}.${t}`:t)),r}function je(e){if(e===null||typeof e!="object"||Array.isArray(e))return!1;let t=Object.getPrototypeOf(e);return t===Object.prototype||t===null}function Oe(e){return e===void 0?"nothing":e===null?"null":Array.isArray(e)?"a list":typeof e=="object"?"an object":typeof e=="string"?JSON.stringify(e.length>40?e.slice(0,40)+"\u2026":e):String(e)}function ei(e,t){let n=[];for(let i=e;i&&i.key!==void 0;i=i.parent)n.push(i.key);let r=t;for(let i=n.length-1;i>=0;i--)r=ze(r,n[i]);return r}function Ty(e,t,n=""){let r=[{value:e,key:void 0,parent:void 0,depth:0}],i=0;for(;r.length;){let o=r.pop(),{value:s,depth:a}=o;if(++i>jt.maxNodes)throw fe(t,n,`the request holds more than ${jt.maxNodes} values`,"quote the request itself, not a log of many");if(a>jt.maxDepth)throw fe(t,ei(o,n),`nested deeper than ${jt.maxDepth} levels`,"send the request body as the provider takes it");if(!(s==null||typeof s=="boolean")){if(typeof s=="number"){if(!Number.isFinite(s))throw fe(t,ei(o,n),`expected a finite number, got ${String(s)}`);continue}if(typeof s=="string"){if(s.length>jt.maxStringLength)throw fe(t,ei(o,n),`text of ${s.length} characters, over the ${jt.maxStringLength}-character limit`);continue}if(Array.isArray(s)){if(s.length>jt.maxArrayItems)throw fe(t,ei(o,n),`a list of ${s.length} items, over the ${jt.maxArrayItems}-item limit`,"split the batch");for(let c=s.length-1;c>=0;c--)r.push({value:s[c],key:c,parent:o,depth:a+1});continue}if(!je(s))throw fe(t,ei(o,n),`expected JSON data, got ${typeof s=="object"?"an object of another kind":typeof s}`);for(let c of Object.keys(s)){if(_6.has(c))throw fe(t,ze(ei(o,n),c),`\`${c}\` is not a request field`,"remove it: it names object machinery, not a parameter");let u=s[c];if(u==null||typeof u=="boolean"||typeof u=="string"&&u.length<=jt.maxStringLength||typeof u=="number"&&Number.isFinite(u)){if(a+1<=jt.maxDepth&&++i<=jt.maxNodes)continue;i--}r.push({value:u,key:c,parent:o,depth:a+1})}}}}function xt(e,t,n,r){let i=Tn[e];switch(i.type){case"boolean":if(typeof t!="boolean")throw fe(n,r,`expected true or false, got ${Oe(t)}`);return t;case"text":case"enum":if(typeof t!="string"||t.trim()==="")throw fe(n,r,`expected a string, got ${Oe(t)}`);return t.trim();case"decimal":{let o=typeof t=="number"||typeof t=="string"?Oy[e]?.get(t):void 0;if(o)return o;let s=typeof t=="number"?S6(t):typeof t=="string"&&/^\d+(\.\d+)?$/.test(t.trim())?oe(t.trim()):void 0,a=A6(e,i);if(!s)throw fe(n,r,`expected ${a.what} from ${i.min} to ${i.max}, got ${Oe(t)}`);if(s.lessThan(a.min)||s.greaterThan(a.max)||a.integer&&!s.isInteger())throw fe(n,r,`expected ${a.what} from ${i.min} to ${i.max}, got ${s.toFixed()}`);return $6(e,t,s),s}}}var Oy={};function $6(e,t,n){let r=Oy[e]??=new Map;r.size>=1024&&r.clear(),r.set(t,n)}var Ey=new Map;function A6(e,t){let n=Ey.get(e);if(!n){let r=t.integer===!0;Ey.set(e,n={min:oe(t.min),max:oe(t.max),integer:r,what:r?"a whole number":"a number"})}return n}var gu=new Map;function S6(e){let t=gu.get(e);return t||(gu.size>=4096&&gu.clear(),gu.set(e,t=oe(e))),t}function bu(e,t,n,r,i){if(typeof e!="string")throw fe(n,r,`expected a ${i} (one of ${t.join(", ")}), got ${Oe(e)}`);if(t.includes(e))return e;let o=Ge(e,t);throw fe(n,r,`unknown ${i} ${JSON.stringify(e)}${o?`; did you mean ${JSON.stringify(o)}?`:""}`,`use one of ${t.join(", ")}`,{value:e,allowed:t,...o?{suggestion:o}:{}})}function ti(e,t,n){let r=typeof e=="number"?String(e):typeof e=="string"?e.trim().replace(/s$/i,""):void 0;if(r===void 0||!/^\d+(\.\d+)?$/.test(r))throw fe(t,n,`expected a duration in seconds (5, "5" or "5s"), got ${Oe(e)}`);return Jt("seconds",r,t,n)}function _o(e){let t=0;for(let n of e)t++;return t}function Jt(e,t,n,r){if(Tn[e].type!=="decimal")throw new Error(`${e} is not a numeric attribute`);return xt(e,t,n,r)}var Nh={package:"@fal-ai/client",version:"1.10.1",file:"src/types/endpoints.d.ts",url:"https://www.npmjs.com/package/@fal-ai/client/v/1.10.1"},Cy={"fal-ai/flux/dev":{type:"FluxDevInput",defaults:{image_size:"landscape_4_3",num_images:1}},"fal-ai/flux/schnell":{type:"FluxDevInput",defaults:{image_size:"landscape_4_3",num_images:1}},"fal-ai/qwen-image":{type:"QwenImageInput",defaults:{image_size:"landscape_4_3",num_images:1}},"fal-ai/flux-lora":{type:"FluxLoraInput",defaults:{image_size:"landscape_4_3",num_images:1}},"fal-ai/bytedance/seedream/v4.5/text-to-image":{type:"SeedDream45T2IInput",defaults:{num_images:1}},"fal-ai/bytedance/seedream/v4/text-to-image":{type:"SeedDream4T2IInput",defaults:{num_images:1}},"fal-ai/flux-pro/kontext":{type:"FluxKontextInput",defaults:{num_images:1}},"fal-ai/nano-banana":{type:"NanoBananaInput",defaults:{num_images:1,aspect_ratio:"1:1"}},"fal-ai/flux-pro/v1.1-ultra":{type:"FluxProV11UltraInput",defaults:{num_images:1,aspect_ratio:"16:9"}},"fal-ai/nano-banana-2/edit":{type:"NanoBanana2EditInput",defaults:{num_images:1,resolution:"1K",aspect_ratio:"auto"}},"fal-ai/flux-pro/kontext/max":{type:"FluxKontextInput",defaults:{num_images:1}},"fal-ai/flux-pro/kontext/text-to-image":{type:"FluxProKontextTextToImageInput",defaults:{num_images:1,aspect_ratio:"1:1"}},"fal-ai/flux-pro/kontext/multi":{type:"FluxKontextMultiInput",defaults:{num_images:1}},"fal-ai/flux-pro/v1.1-ultra/redux":{type:"FluxProV11UltraReduxInput",defaults:{num_images:1,aspect_ratio:"16:9"}},"fal-ai/flux-pro/v1.1/redux":{type:"FluxProV1ReduxInput",defaults:{image_size:"landscape_4_3",num_images:1}},"fal-ai/flux-pro/v1.1-ultra-finetuned":{type:"FluxProV11UltraFinetunedInput",defaults:{num_images:1,aspect_ratio:"16:9"}},"fal-ai/nano-banana-pro":{type:"NanoBananaProInput",defaults:{num_images:1,resolution:"1K",aspect_ratio:"1:1"}},"fal-ai/nano-banana-pro/edit":{type:"NanoBananaProEditInput",defaults:{num_images:1,resolution:"1K",aspect_ratio:"auto"}},"fal-ai/nano-banana-2":{type:"NanoBanana2Input",defaults:{num_images:1,resolution:"1K",aspect_ratio:"auto"}},"fal-ai/clarity-upscaler":{type:"ClarityUpscalerInput",defaults:{}},"fal-ai/flux/dev/image-to-image":{type:"BaseImageToInput",defaults:{num_images:1}},"fal-ai/bytedance/seedream/v5/lite/text-to-image":{type:"SeedDream50LiteT2IInput",defaults:{image_size:"auto_2K",num_images:1}},"fal-ai/bytedance/seedream/v5/lite/edit":{type:"SeedDream50LiteEditInput",defaults:{image_size:"auto_2K",num_images:1}},"fal-ai/bytedance/seedream/v4/edit":{type:"SeedDream4EditInput",defaults:{num_images:1}},"fal-ai/ideogram/v3":{type:"IdeogramV3Input",defaults:{image_size:"square_hd",num_images:1,rendering_speed:"BALANCED"}},"fal-ai/minimax/hailuo-02/standard/image-to-video":{type:"StandardImageToVideoHailuo02Input",defaults:{duration:"6",resolution:"768P"}},"fal-ai/minimax/hailuo-2.3/standard/text-to-video":{type:"StandardTextToVideoHailuo02Input",defaults:{duration:"6"}},"fal-ai/veo3.1/reference-to-video":{type:"Veo31ReferenceToVideoInput",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/veo3.1/fast/first-last-frame-to-video":{type:"Veo31FirstLastFrameToVideoInput",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"auto",generate_audio:!0}},"fal-ai/veo3.1/image-to-video":{type:"Veo3ImageToVideoInput",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"auto",generate_audio:!0}},"fal-ai/sora-2/text-to-video":{type:"Sora2TextToVideoInput",defaults:{duration:"4",resolution:"720p",aspect_ratio:"16:9"}},"fal-ai/sora-2/text-to-video/pro":{type:"ProTextToVideoInput",defaults:{duration:"4",resolution:"1080p",aspect_ratio:"16:9"}},"fal-ai/kling-video/v2.6/pro/image-to-video":{type:"KlingVideoV26ProImageToVideoInput",defaults:{duration:"5",generate_audio:!0}},"fal-ai/kling-video/v2.5-turbo/standard/image-to-video":{type:"KlingVideoV2MasterImageToVideoInput",defaults:{duration:"5"}},"fal-ai/kling-video/v2.1/standard/image-to-video":{type:"KlingVideoV2MasterImageToVideoInput",defaults:{duration:"5"}},"fal-ai/wan-25-preview/text-to-video":{type:"Wan27TextToVideoInput",defaults:{duration:"5",resolution:"1080p",aspect_ratio:"16:9"}},"fal-ai/wan-25-preview/image-to-video":{type:"Wan25PreviewImageToVideoInput",defaults:{duration:"5",resolution:"1080p"}},"fal-ai/kling-video/v2.5-turbo/pro/image-to-video":{type:"KlingVideoV25TurboProImageToVideoInput",defaults:{duration:"5"}},"fal-ai/kling-video/v2.5-turbo/pro/text-to-video":{type:"KlingVideoV15ProTextToVideoInput",defaults:{duration:"5",aspect_ratio:"16:9"}},"fal-ai/veo3":{type:"veo3Input",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/veo3.1":{type:"veo3Input",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/veo3/fast":{type:"veo3Input",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/veo3.1/fast":{type:"veo3Input",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/veo3.1/fast/image-to-video":{type:"Veo3ImageToVideoInput",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"auto",generate_audio:!0}},"fal-ai/veo3.1/first-last-frame-to-video":{type:"Veo31FirstLastFrameToVideoInput",defaults:{duration:"8s",resolution:"720p",aspect_ratio:"auto",generate_audio:!0}},"fal-ai/bytedance/omnihuman/v1.5":{type:"OmniHumanv15Input",defaults:{resolution:"1080p"}},"fal-ai/minimax/video-01":{type:"MinimaxVideo01Input",defaults:{}},"fal-ai/kling-video/v3/pro/text-to-video":{type:"KlingVideoV3ProTextToVideoInput",defaults:{duration:"5",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/kling-video/v3/pro/image-to-video":{type:"KlingVideoV3ProImageToVideoInput",defaults:{duration:"5",generate_audio:!0}},"fal-ai/kling-video/v3/standard/image-to-video":{type:"KlingVideoV3ProImageToVideoInput",defaults:{duration:"5",generate_audio:!0}},"fal-ai/kling-video/v3/standard/text-to-video":{type:"KlingVideoV3ProTextToVideoInput",defaults:{duration:"5",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/bria/background/remove":{type:"BGRemoveInput",defaults:{}},"fal-ai/trellis":{type:"trellisInput",defaults:{}},"fal-ai/pixverse/v6/extend":{type:"PixverseV6ExtendInput",defaults:{duration:5,resolution:"720p"}},"fal-ai/elevenlabs/tts/multilingual-v2":{type:"ElevenlabsTtsTurboV25Input",defaults:{}},"fal-ai/elevenlabs/tts/turbo-v2.5":{type:"ElevenlabsTtsTurboV25Input",defaults:{}},"fal-ai/minimax/speech-2.8-hd":{type:"MinimaxSpeech28HdInput",defaults:{}},"fal-ai/flux-pro/v1.1":{type:"FluxProV11Input",defaults:{image_size:"landscape_4_3",num_images:1}},"fal-ai/flux-kontext-lora":{type:"BaseKontextEditInput",defaults:{num_images:1}},"fal-ai/flux-2-flex":{type:"Flux2FlexInput",defaults:{image_size:"landscape_4_3"}},"fal-ai/recraft/v3/text-to-image":{type:"Recraft20bInput",defaults:{image_size:"square_hd"}},"fal-ai/kling-video/v1.6/standard/image-to-video":{type:"KlingVideoV2MasterImageToVideoInput",defaults:{duration:"5"}},"fal-ai/kling-video/v1.6/pro/image-to-video":{type:"KlingVideoV16ProImageToVideoInput",defaults:{duration:"5",aspect_ratio:"16:9"}},"fal-ai/kling-video/v2.1/master/image-to-video":{type:"KlingVideoV2MasterImageToVideoInput",defaults:{duration:"5"}},"fal-ai/kling-video/v2.1/master/text-to-video":{type:"KlingVideoV15ProTextToVideoInput",defaults:{duration:"5",aspect_ratio:"16:9"}},"fal-ai/sora-2/image-to-video":{type:"Sora2ImageToVideoInput",defaults:{duration:"4",resolution:"auto",aspect_ratio:"auto"}},"fal-ai/elevenlabs/text-to-dialogue/eleven-v3":{type:"ElevenlabsTextToDialogueElevenV3Input",defaults:{}},"fal-ai/luma-dream-machine/ray-2-flash":{type:"LumaDreamMachineRay2Input",defaults:{duration:"5s",resolution:"540p",aspect_ratio:"16:9"}},"fal-ai/luma-dream-machine/ray-2-flash/image-to-video":{type:"LumaDreamMachineRay2ImageToVideoInput",defaults:{duration:"5s",resolution:"540p",aspect_ratio:"16:9"}},"fal-ai/imagen4/preview":{type:"Imagen4PreviewInput",defaults:{num_images:1,resolution:"1K",aspect_ratio:"1:1"}},"fal-ai/minimax/speech-02-hd":{type:"MinimaxSpeech02HdInput",defaults:{}},"fal-ai/bytedance/seedance/v1/pro/fast/text-to-video":{type:"SeedanceTextToVideoInput",defaults:{duration:"5",resolution:"720p",aspect_ratio:"16:9"}},"fal-ai/bytedance/seedance/v1/pro/fast/image-to-video":{type:"SeedanceProFastImageToVideoInput",defaults:{duration:"5",resolution:"1080p",aspect_ratio:"auto"}},"fal-ai/bytedance/seedance/v1.5/pro/text-to-video":{type:"SeedanceProv15TextToVideoInput",defaults:{duration:"5",resolution:"720p",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/bytedance/seedance/v1.5/pro/image-to-video":{type:"SeedanceProv15ImageToVideoInput",defaults:{duration:"5",resolution:"720p",aspect_ratio:"16:9",generate_audio:!0}},"fal-ai/wan-i2v":{type:"WanI2vInput",defaults:{resolution:"720p",aspect_ratio:"auto",num_frames:81,frames_per_second:16}}};var Fh=(e,t)=>Object.hasOwn(e,t)?e[t]:void 0,Dy={square_hd:[1024,1024],square:[512,512],portrait_4_3:[768,1024],portrait_16_9:[576,1024],landscape_4_3:[1024,768],landscape_16_9:[1024,576]},Ny=Object.keys(Dy),My=["generate_audio","enable_audio","with_audio","audio"],R6=new Set(["input","logs","webhookUrl","pollInterval","mode","onQueueUpdate","priority","startTimeout"]),I6=["image_size","num_images","duration","resolution","aspect_ratio",...My,"num_frames","frames_per_second","fps","rendering_speed","text","inputs"],P6=new Set(["prompt","negative_prompt","seed","image_url","image_urls","end_image_url","tail_image_url","video_url","audio_url","guidance_scale","num_inference_steps","enable_safety_checker","safety_tolerance","output_format","sync_mode","acceleration","enhance_prompt","auto_fix","cfg_scale","loras","strength","voice"]),E6={seconds:"`duration` (seconds; for media sent in, its length)",width:"the image size (`image_size`, or the width and height of the image sent in)",height:"the image size (`image_size`, or the width and height of the image sent in)",characters:"the text to speak (`text`)"},zy=`${Nh.package} ${Nh.version} endpoint types`;function Ly(e,t,n){if(!e||!e.trim())throw new Z("a fal quote names the endpoint",void 0,"give the endpoint id, e.g. `fal-ai/flux/dev`");let r=e.trim(),i=je(t)&&je(t.input)&&Object.keys(t).every(v=>R6.has(v)),o=i?t.input:t,s=i?"input":"";if(!je(o))throw fe(n,s,`expected the endpoint's input as a JSON object, got ${Oe(o)}`);let a=O6(r),c=[],u=Object.keys(o).map(v=>ze(s,v)),l=v=>ze(s,v),f=v=>{let y=o[v];if(y!==void 0)return{raw:y};let _=a.get(v);return _!==void 0?{raw:_,defaultFrom:zy}:void 0},p=(v,y,_,E,G,j)=>{let X={attribute:v,value:_,field:l(y)};E&&(X.defaultFrom=E),G&&(X.shown=G),j&&(X.also=j.map(l)),c.push(X)},m=f("image_size");if(m){let[v,y]=C6(m.raw,n,l("image_size")),_=typeof m.raw=="string"?`${m.raw} (${v}x${y})`:`${v}x${y}`;p("width","image_size",vu(v),m.defaultFrom,_),p("height","image_size",vu(y),m.defaultFrom,_)}let b=(v,y,_)=>{let E=f(y);return E?(p(v,y,_(E.raw,l(y)),E.defaultFrom,E.defaultFrom?String(E.raw):void 0),!0):!1},g=v=>(y,_)=>xt(v,y,n,_);b("results","num_images",g("results")),b("seconds","duration",(v,y)=>ti(v,n,y)),b("resolution","resolution",g("resolution"));for(let v of My)b("audio",v,g("audio"));b("frames","num_frames",g("frames")),b("fps","frames_per_second",g("fps"))||b("fps","fps",g("fps")),b("quality","rendering_speed",g("quality")),m||F6(o,a,l,p,n);let w=D6(o,s,n);return w&&c.push({attribute:"characters",value:oe(w.count),field:w.field}),{name:r,model:r,values:c,fields:u,at:s,asks:v=>E6[v],known:I6,common:P6}}var Fy=new Map,T6=new Map;function O6(e){let t=Fy.get(e);if(!t){let n=Fh(Cy,e);if(!n)return T6;Fy.set(e,t=new Map(Object.entries(n.defaults)))}return t}var yu=new Map;function vu(e){let t=yu.get(e);return t||(yu.size>=1024&&yu.clear(),yu.set(e,t=oe(e))),t}function C6(e,t,n){if(typeof e=="string"){let r=Fh(Dy,e);if(r)return[r[0],r[1]];bu(e,Ny,t,n,"preset")}if(je(e)){let r=xt("width",e.width,t,ze(n,"width")),i=xt("height",e.height,t,ze(n,"height"));return[Number(r.toString()),Number(i.toString())]}throw fe(t,n,`expected a preset (${Ny.join(", ")}) or { width, height }, got ${Oe(e)}`)}var N6={"480p":480,"720p":720,"1080p":1080};function F6(e,t,n,r,i){let o=e.resolution??t.get("resolution"),s=e.aspect_ratio??t.get("aspect_ratio");if(typeof o!="string"||typeof s!="string")return;let a=Fh(N6,o.toLowerCase()),c=/^(\d+):(\d+)$/.exec(s);if(!a||!c)return;let[u,l]=[Number(c[1]),Number(c[2])];if(!u||!l)throw fe(i,n("aspect_ratio"),`expected an aspect ratio such as "16:9", got ${Oe(s)}`);let f=Math.round(a*Math.max(u,l)/Math.min(u,l)/2)*2,[p,m]=u>=l?[f,a]:[a,f],b=`${p}x${m} from resolution ${o} and aspect_ratio ${s}`,g=e.aspect_ratio!==void 0,w=e.resolution!==void 0,v=g&&!w?"resolution":"aspect_ratio",y=g&&w?void 0:zy,_=v==="aspect_ratio"?w?["resolution"]:[]:["aspect_ratio"];r("width",v,vu(p),y,b,_),r("height",v,vu(m),y,b,_)}function D6(e,t,n){if(typeof e.text=="string")return{count:_o(e.text),field:ze(t,"text")};if(e.text!==void 0)throw fe(n,ze(t,"text"),`expected text, got ${Oe(e.text)}`);if(!Array.isArray(e.inputs))return;let r=0;return e.inputs.forEach((i,o)=>{let s=ze(ze(t,"inputs"),o);if(!je(i)||typeof i.text!="string")throw fe(n,s,`expected { text, voice }, got ${Oe(i)}`);r+=_o(i.text)}),{count:r,field:ze(t,"inputs")}}var qy=new WeakMap;function wu(e,t,n){let r=qy.get(e);r||qy.set(e,r=new Map);let i=r.get(t);i||r.set(t,i=new Map);let o=i.get(n);return o===void 0&&(o=e.model(t,n)?.model??null,i.size>=1024&&i.clear(),i.set(n,o)),o??void 0}var M6=[{word:"480p",pixels:409920},{word:"720p",pixels:921600},{word:"768P",pixels:1049088},{word:"1080p",pixels:2073600},{word:"4K",pixels:8294400},{word:"1K",pixels:1048576},{word:"2K",pixels:4194304}],Uy=new WeakMap;function z6(e){let t=Uy.get(e);return t||Uy.set(e,t=L6(e)),t}function L6(e){let t=new Set;for(let n of e.rates){let r=n.when.resolution;for(let i of Array.isArray(r)?r:r===void 0?[]:[r])typeof i=="string"&&t.add(i.toLowerCase())}for(let n of e.accepts.resolution??[])t.add(n.toLowerCase());return t}function xu(e,t){let n=z6(e),r;for(let i of M6){if(!n.has(i.word.toLowerCase()))continue;let o=Math.abs(Math.log(t/i.pixels));(!r||o<r.distance)&&(r={word:i.word,distance:o})}return r?.word}var $o=["text_to_video","image_to_video","video_to_video","text_to_image","character_performance","text_to_speech","sound_effect","voice_dubbing","speech_to_speech","voice_isolation","video_upscale","image_upscale"],jy={character_performance:"the length in seconds of the reference performance video (`reference`)",voice_dubbing:"the length in seconds of the audio sent in (`audioUri`)",speech_to_speech:"the length in seconds of the speech sent in (`media`)",voice_isolation:"the length in seconds of the audio sent in (`audioUri`)",video_upscale:"the length in seconds of the video sent in (`videoUri`)",video_to_video:"the length in seconds of the video sent in (`videoUri`)"};var Dh={mp4:{format:"mp4"},prores:{format:"prores"},png_sequence:{format:"png_sequence"},hdr10:{bitDepth:10},hlg:{bitDepth:10},sdr_rec709_10bit:{bitDepth:10},hdr_prores:{bitDepth:10},hdr_pq_12bit_master:{bitDepth:12},hdr_png_sequence:{bitDepth:16},hdr_exr_sequence:{bitDepth:16},hdr_exr_acescg_sequence_1_3:{bitDepth:16},hdr_exr_acescg_sequence_2_0:{bitDepth:16}},By={gen4_turbo:{duration:10,source:"https://docs.dev.runwayml.com/api/#tag/Start-generating/paths/~1v1~1image_to_video/post",verified:!1,note:'read from a copy of the API reference ("5 or 10; default 10")'},"veo3.1":{duration:8,audio:!0,source:"https://docs.dev.runwayml.com/api/#tag/Start-generating/paths/~1v1~1text_to_video/post",verified:!1},"veo3.1_fast":{duration:8,audio:!0,source:"https://docs.dev.runwayml.com/api/#tag/Start-generating/paths/~1v1~1text_to_video/post",verified:!1}};var q6=(e,t)=>Object.hasOwn(e,t)?e[t]:void 0,U6=["model","duration","audio","resolution","ratio","outputFormat","quality","references","referenceImages","promptText"],j6=new Set(["promptImage","seed","contentModeration","videoUri","audioUri","media","voice","targetLang","character","reference","bodyControl","expressionIntensity","proresProfile"]),B6={characters:"the text to speak (`promptText`)",width:'the output size (`ratio`, as "1280:720")',height:'the output size (`ratio`, as "1280:720")'};function Z6(e){let t=e===void 0?void 0:ku.get(e);if(t)return t;let n=V6(e);return ku.size>=256&&ku.clear(),ku.set(e,n),n}var ku=new Map;function V6(e){let t=(e??"").trim(),n=t.replace(/^\/?(v1\/)?/,"").replace(/-/g,"_").toLowerCase();if(n==="upscale")return"video_upscale";if($o.includes(n))return n;let r=Ge(n,$o);throw new Z(t?`unknown Runway create endpoint ${JSON.stringify(t)}${r?`; did you mean "${r}"?`:""}`:"a Runway quote names the create endpoint",void 0,`use one of ${$o.join(", ")}`,{value:t,allowed:$o,...r?{suggestion:r}:{}})}function Vy(e,t,n,r){let i=Z6(e);if(!je(t))throw fe(n,"",`expected the ${i} body as a JSON object, got ${Oe(t)}`);if(typeof t.model!="string"||!t.model.trim())throw fe(n,"model",`expected the model id as a string, got ${Oe(t.model)}`,'name the model, e.g. `"model": "gen4.5"`');let o=t.model.trim(),s=wu(r,"runway",o),a=[],c=m=>a.push(m),u=q6(By,o),l=u&&`${u.source}${u.verified?"":" (unverified)"}`;if(t.duration!==void 0){if(t.duration==="auto")throw fe(n,"duration",'`"auto"` lets the model choose the length, so the price is not known before it runs',"send a duration in seconds");c({attribute:"seconds",value:ti(t.duration,n,"duration"),field:"duration"})}else u?.duration!==void 0&&c({attribute:"seconds",value:oe(u.duration),field:"duration",defaultFrom:l});if(t.audio!==void 0?c({attribute:"audio",value:xt("audio",t.audio,n,"audio"),field:"audio"}):u?.audio!==void 0&&c({attribute:"audio",value:u.audio,field:"audio",defaultFrom:l}),t.resolution!==void 0&&c({attribute:"resolution",value:xt("resolution",t.resolution,n,"resolution"),field:"resolution"}),t.ratio!==void 0&&G6(t.ratio,n,s,t.resolution===void 0,c),t.outputFormat!==void 0){let m=bu(t.outputFormat,Object.keys(Dh),n,"outputFormat","output format"),b=Dh[m];b.format&&c({attribute:"format",value:b.format,field:"outputFormat"}),b.bitDepth&&c({attribute:"bitDepth",value:oe(b.bitDepth),field:"outputFormat",shown:`${m} (${b.bitDepth}-bit)`})}t.quality!==void 0&&c({attribute:"quality",value:xt("quality",t.quality,n,"quality"),field:"quality"});let f=J6(t,n);if(f.images&&c({attribute:"referenceImages",value:oe(f.images),field:f.field}),i==="text_to_speech"&&t.promptText!==void 0){if(typeof t.promptText!="string")throw fe(n,"promptText",`expected text, got ${Oe(t.promptText)}`);c({attribute:"characters",value:oe(_o(t.promptText)),field:"promptText"})}let p=jy[i];return{name:`${i} ${o}`,model:o,keys:["model"],known:U6,common:j6,values:a,fields:Object.keys(t),at:"",asks:m=>m==="seconds"?p??"`duration` (seconds)":B6[m],...f.videos?{needs:[{attribute:"referenceVideoSeconds",ask:"the total length in seconds of the reference videos",field:f.field}]}:{}}}function G6(e,t,n,r,i){if(typeof e!="string")throw fe(t,"ratio",`expected a ratio such as "1280:720", got ${Oe(e)}`);let o=H6(n,r),s=o.get(e);s||(s=W6(e,t,n,r),o.size>=256&&o.clear(),o.set(e,s));for(let a of s)i(a)}var K6={},Zy=new WeakMap;function H6(e,t){let n=e??K6,r=Zy.get(n);return r||Zy.set(n,r=[new Map,new Map]),r[t?1:0]}function W6(e,t,n,r){let i=/^(\d{1,6}):(\d{1,6})$/.exec(e.trim());if(!i){if(e.trim()==="adaptive"||/^\d{1,2}:\d{1,2}$/.test(e.trim()))return[];throw fe(t,"ratio",`expected a ratio such as "1280:720", got ${Oe(e)}`)}let o=Jt("width",i[1],t,"ratio"),s=Jt("height",i[2],t,"ratio");if(o.lessThan(100)||s.lessThan(100))return[];let a=[Object.freeze({attribute:"width",value:o,field:"ratio"}),Object.freeze({attribute:"height",value:s,field:"ratio"})];if(!r||!n)return Object.freeze(a);let c=xu(n,o.times(s).toNumber());return c&&a.push(Object.freeze({attribute:"resolution",value:c,field:"ratio",shown:`${e} (${c})`})),Object.freeze(a)}function J6(e,t){let n=e.references!==void 0?"references":"referenceImages",r=e[n];if(r===void 0)return{images:0,videos:!1,field:n};if(!Array.isArray(r))throw fe(t,n,`expected a list, got ${Oe(r)}`);let i=0,o=!1;return r.forEach((s,a)=>{if(!je(s))throw fe(t,`${n}[${a}]`,`expected a reference object, got ${Oe(s)}`);let c=s.type??"image";c==="image"?i++:c==="video"&&(o=!0)}),{images:i,videos:o,field:n}}var zh=["imageInference","videoInference","audioInference"],X6=["imageUpscale","upscale","imageBackgroundRemoval","removeBackground","imageCaption","promptEnhance","imageControlNetPreProcess","photoMaker","imageMasking","vectorize","textInference","modelUpload"],Gy=["authentication","getResponse","accountManagement","ping","modelSearch"],Mh=[...zh,...X6,...Gy],Y6=[{prefix:"google:3@",audio:!0,source:"https://github.com/Runware/runware-skills/blob/main/skills/cinematic-video/references/examples.md"}],Q6=["taskType","model","width","height","steps","numberResults","duration","fps","resolution","providerSettings"],eR=new Set(["taskUUID","positivePrompt","negativePrompt","seed","outputType","outputFormat","outputQuality","includeCost","deliveryMethod","ttl","safety","CFGScale","scheduler","inputs","lora","webhookURL","checkNSFW"]),tR=["generateAudio","audio","sound"];function Ky(e,t,n){let r=Array.isArray(e)?e:[e],i=[];if(r.forEach((o,s)=>{let a=Array.isArray(e)?ze("",s):"";if(!je(o))throw fe(t,a,`expected a task object with \`taskType\`, got ${Oe(o)}`);let c=nR(o,a,t,n);c&&i.push(c)}),!i.length)throw fe(t,"","the request starts no billed task",`send the ${zh.join(", ")} tasks to quote`);return i}function nR(e,t,n,r){let i=m=>ze(t,m),o=e.taskType;if(typeof o!="string")throw fe(n,i("taskType"),`expected a task type such as "imageInference", got ${Oe(o)}`);if(Gy.includes(o))return;let s=Object.keys(e).map(i),a=typeof e.model=="string"&&e.model.trim()?e.model.trim():void 0,c=`${t?`${t} `:""}${o}${a?` ${a}`:""}`;if(!Mh.includes(o)){let m=Ge(o,Mh,2);if(m)throw fe(n,i("taskType"),`unknown task type ${JSON.stringify(o)}; did you mean "${m}"?`,void 0,{value:o,allowed:Mh,suggestion:m})}if(!zh.includes(o))return{name:c,model:a,keys:[i("taskType")],values:[],fields:s,at:t,unpriced:`Runware \`${o}\` tasks are not in the catalog yet`};if(!a)throw fe(n,i("model"),`expected the model's AIR as a string, got ${Oe(e.model)}`,'name the model, e.g. `"model": "runware:101@1"`');let u=[],l=(m,b)=>{e[b]!==void 0&&u.push({attribute:m,value:xt(m,e[b],n,i(b)),field:i(b)})};l("width","width"),l("height","height"),l("steps","steps"),l("results","numberResults"),l("fps","fps"),l("resolution","resolution"),e.duration!==void 0&&u.push({attribute:"seconds",value:ti(e.duration,n,i("duration")),field:i("duration")});let f=wu(r,"runware",a);if(o==="videoInference"&&e.resolution===void 0&&e.width!==void 0&&e.height!==void 0&&f){let m=Jt("width",e.width,n,i("width")).times(Jt("height",e.height,n,i("height"))),b=xu(f,m.toNumber());b&&u.push({attribute:"resolution",value:b,field:i("width"),also:[i("height")],shown:b})}let p=iR(e,t,n);if(p)u.push(p);else{let m=Y6.find(b=>a.toLowerCase().startsWith(b.prefix));m&&u.push({attribute:"audio",value:m.audio,field:i("providerSettings"),shown:`generateAudio: ${String(m.audio)}`,defaultFrom:m.source})}return{name:c,model:a,keys:[i("taskType"),i("model")],known:Q6,common:eR,values:u,fields:s,at:t,asks:m=>rR(m,t)}}function rR(e,t){let n=r=>`\`${ze(t,r)}\``;switch(e){case"steps":return`${n("steps")} (the model is billed by its compute, which grows with steps)`;case"width":case"height":return`${n("width")} and ${n("height")}`;case"seconds":return`${n("duration")} (seconds)`;case"audio":return`a sound flag (${n("providerSettings")}.<provider>.generateAudio)`;default:return}}function iR(e,t,n){let r=e.providerSettings;if(r===void 0)return;let i=ze(t,"providerSettings");if(!je(r))throw fe(n,i,`expected provider settings as an object, got ${Oe(r)}`);for(let[o,s]of Object.entries(r))if(je(s))for(let a of tR){if(s[a]===void 0)continue;let c=ze(ze(i,o),a);return{attribute:"audio",value:xt("audio",s[a],n,c),field:i,shown:String(s[a])}}}var Ao={defaultMs:6e5,minMs:5e3,source:"https://docs.runpod.io/serverless/endpoints/send-requests#execution-policies"},oR=new Set(["webhook","ttl","lowPriority","s3Config"]),sR={seconds:"the expected execution seconds of one job (not in a job body; CLI --seconds)",activeWorkers:"the number of always-on workers (`activeWorkers`): active workers bill every second of the period, not per job"};function Hy(e,t,n,r){let i=e?.trim();if(!i)throw new Z("a Runpod quote names the GPU pool of the endpoint",void 0,"give the pool, e.g. `ADA_24` or `H100 PRO`");if(!je(t))throw fe(n,"",`expected a job body as a JSON object, got ${Oe(t)}`);if(!je(t.input))throw fe(n,"input",`expected the job's \`input\` object, got ${Oe(t.input)}`,'send the body as Runpod takes it: { "input": { ... } }');let o=[];r.seconds!==void 0&&o.push({attribute:"seconds",value:Jt("seconds",r.seconds,n,"seconds"),field:"seconds"}),r.worker!==void 0&&o.push({attribute:"worker",value:r.worker,field:"worker"});let s,a=t.policy;if(a!==void 0&&!je(a))throw fe(n,"policy",`expected an object, got ${Oe(a)}`);let c=je(a)?a.executionTimeout:void 0;c!==void 0?s=dR(c,n):r.worker!=="active"&&(s=lR);let u=[];for(let f of Object.keys(t))if(f==="policy"&&je(a))for(let p of Object.keys(a))u.push(ze("policy",p));else u.push(f);let l={name:uR(i),model:i,values:o,fields:u,at:"",asks:cR,known:aR,common:oR};return r.worker&&(l.worker=r.worker),s&&(l.high=s),l}var aR=["input","executionTimeout"],_u=new Map;function uR(e){let t=_u.get(e);return t===void 0&&(_u.size>=256&&_u.clear(),_u.set(e,t=`job on ${e}`)),t}var cR=e=>sR[e],lR=Object.freeze({seconds:oe(Ao.defaultMs/1e3),field:"policy.executionTimeout",defaultFrom:Ao.source,shown:`${Ao.defaultMs} ms`}),$u=new Map;function dR(e,t){let n=$u.get(e);if(n)return n;let r=Jt("seconds",e,t,"policy.executionTimeout");if(!r.isInteger()||r.lessThan(Ao.minMs))throw fe(t,"policy.executionTimeout",`expected whole milliseconds of at least ${Ao.minMs}, got ${r.toFixed()}`);let i=Object.freeze({seconds:At(r,1e3),field:"policy.executionTimeout"});return $u.size>=256&&$u.clear(),(typeof e=="number"||typeof e=="string")&&$u.set(e,i),i}var So=["fal","runway","runware","runpod"];var fR={fal:(e,t,n)=>[Ly(e,t,n)],runway:(e,t,n,r,i)=>[Vy(e,t,n,i)],runware:(e,t,n,r,i)=>Ky(t,n,i),runpod:(e,t,n,r)=>[Hy(e,t,n,r)]};function Su(e,t,n,r={}){let i=r.file,o=i===void 0?pR:{file:i},s=e.trim().toLowerCase();if(!So.includes(s)){let b=Ge(e,So);throw new Z(`unknown provider ${JSON.stringify(e)}${b?`; did you mean "${b}"?`:""}`,void 0,`use one of ${So.join(", ")}`,{value:e,allowed:So,...b?{suggestion:b}:{}})}let a=fR[s];Ty(n,o);let c=r.catalog??rr(),u=r.given,l=a(t,n,o,r,c),f=[];for(let b of l)f.push(hR(s,b,c,o,u));let p,m;if(f.length===1){let{estimate:b}=f[0];p=b.cost,m=p!==null?b.credits:null}else{let b=f.every(g=>g.estimate.cost!==null);p=b?qe(f.map(g=>g.estimate.cost)):null,m=b&&f.every(g=>g.estimate.credits!==null)?qe(f.map(g=>g.estimate.credits)):null}return Object.freeze({provider:s,target:t,jobs:Object.freeze(f),batch:s==="runware"&&Array.isArray(n),cost:p,credits:m})}var pR=Object.freeze({file:"request"}),Wy=new WeakMap;function mR(e,t,n,r){let i=Wy.get(e);i||Wy.set(e,i=new Map);let o=i.get(t);o||i.set(t,o=new Map);let s=o.get(n);if(s||(o.size>=1024&&o.clear(),o.set(n,s=new Map)),s.has(r))return s.get(r);let a=uy(e,t,n,r);return s.set(r,a),a}function hR(e,t,n,r,i){let o=t.model?mR(n,e,t.model,t.worker):void 0,s={runs:pt},a=new Set,c=[];if(t.keys)for(let g of t.keys)a.add(g);for(let g of t.values)if(!(o&&!o.has(g.attribute))&&(s[g.attribute]=g.value,g.defaultFrom===void 0?a.add(g.field):Lh(c,g.field)<0&&c.push({field:g.field,value:g.shown??String(g.value),source:g.defaultFrom}),g.also))for(let w of g.also)a.add(w);if(i)for(let[g,w]of Object.entries(i)){let v=kR(g,r),y=`given.${v}`;s[v]=xt(v,w,r,y),a.add(y)}let u=()=>{let g=new Map;for(let w of t.values)(!o||o.has(w.attribute))&&g.set(w.attribute,w.field);if(i)for(let w of Object.keys(i))g.set(w,`given.${w}`);return g};if(t.needs){for(let g of t.needs)if(!(s[g.attribute]!==void 0||o&&!o.has(g.attribute)))throw fe(r,g.field,`${t.model??t.name}: the price depends on ${g.ask}, which the request does not carry`,`give it to the quote (given: { ${g.attribute}: \u2026 }; CLI --set ${g.attribute}=\u2026)`,{attribute:g.attribute,missing:[g.attribute]})}let l={name:t.name,provider:e,model:t.model,attributes:s},f=t.unpriced?_R(l,t.unpriced):Xy(l,t,n,r,u);if(f.defaulted)for(let[g,w]of Object.entries(f.defaulted))Lh(c,g)<0&&c.push({field:g,value:w,source:`genspend catalog (${e})`});let p=t.high&&f.cost!==null?gR(t.high,l,f,t,n,r,u):void 0;if(t.high?.defaultFrom){let g={field:t.high.field,value:t.high.shown??`${t.high.seconds.times(1e3).toFixed()} ms`,source:t.high.defaultFrom},w=Lh(c,g.field);w<0?c.push(g):c[w]=g}else t.high&&a.add(t.high.field);let m=[],b=[];for(let g of t.fields)(a.has(g)?b:m).push(g);if(vR(m,t,f),b.length<a.size)for(let g of a)t.fields.includes(g)||b.push(g);return Object.freeze(p?{workload:l,estimate:f,read:b,assumed:c,ignored:m,high:p}:{workload:l,estimate:f,read:b,assumed:c,ignored:m})}function Lh(e,t){for(let n=0;n<e.length;n++)if(e[n].field===t)return n;return-1}function gR(e,t,n,r,i,o,s){let a=t.attributes.seconds;return a instanceof de&&a.greaterThan(e.seconds)&&n.warnings.push(`expected ${a.toFixed()} s is past the ${e.seconds.toFixed()} s execution timeout: Runpod stops the job there`),{seconds:e.seconds,estimate:bR(e,t,r,i,o,s)}}var Jy=new WeakMap;function bR(e,t,n,r,i,o){let s=()=>Xy({...t,attributes:{...t.attributes,seconds:e.seconds}},n,r,i,o),{attributes:a}=t,c=Object.keys(a);if(!(t.model!==void 0&&a.runs===pt&&a.seconds!==void 0&&c.length===(a.worker===void 0?2:3)&&c[0]==="runs"&&c[1]==="seconds"))return s();let l=Jy.get(r);l||Jy.set(r,l=new Map);let f=a.worker===void 0?t.model:`${t.model}\0${String(a.worker)}`,p=l.get(f);p||(l.size>=256&&l.clear(),l.set(f,p=new Map));let m=p.get(e);return m||(m=s(),p.size>=64&&p.clear(),p.set(e,m)),yR(m)}function yR(e){let t={...e,lines:e.lines.map(n=>({...n})),assumptions:[...e.assumptions],warnings:[...e.warnings]};return e.range&&(t.range={...e.range}),e.defaulted&&(t.defaulted={...e.defaulted}),t}function vR(e,t,n){let r=t.known;if(!r||!e.length)return;let i=wR(r);for(let o of e){let s=i.get(o);if(s===void 0){let a=o.slice(Math.max(o.lastIndexOf("."),o.lastIndexOf("]"))+1);s=t.common?.has(a)?null:xR(a,r),i.size>=1024&&i.clear(),i.set(o,s)}s&&n.warnings.push(`\`${o}\` is not a field genspend prices by; did you mean \`${s}\`? (ignored)`)}}var Au=new Map;function wR(e){let t=Au.get(e);return t||(Au.size>=16&&Au.clear(),Au.set(e,t=new Map)),t}function xR(e,t){if(t.includes(e)||!t.some(r=>Math.abs(r.length-e.length)<=2))return null;let n=Ge(e,t,2);return n&&n!==e?n:null}function kR(e,t){if(Jr.includes(e)&&e!=="runs")return e;let n=Ge(e,Jr);throw fe(t,`given.${e}`,`unknown attribute \`${e}\`${n&&n!=="runs"?`; did you mean \`${n}\`?`:""}`,"give a genspend attribute the request does not carry (seconds, width, height, characters...); a quote prices one run")}function _R(e,t){return{name:e.name,provider:e.provider,model:e.model,runs:pt,cost:null,credits:null,basis:null,lines:[],assumptions:[],warnings:[],unpriced:t}}function Xy(e,t,n,r,i){try{return xo(e,n,"month")}catch(o){let s=Mt(o)?.[0];if(!s)throw o;let a=s.detail?.attribute,c=t.model??t.name;if(a&&s.detail?.missing){let u=s.detail.missing,l=[...new Set(u.map(f=>t.asks?.(f)??`\`${f}\``))];throw fe(r,t.at,`${c}: the price depends on ${l.join(" and ")}, which the request does not carry`,`add it to the request, or give it to the quote (${u.map(f=>`given: { ${f}: \u2026 }; CLI --set ${f}=\u2026`).join("; ")})`,{attribute:a,missing:u})}if(a){let u=i().get(a)??ze(t.at,a),l=s.detail?.allowed,f=s.detail?.suggestion;throw fe(r,u,`${c} does not accept ${JSON.stringify(s.detail?.value??"")}${l?` (allowed: ${l.join(", ")})`:""}${f?`; did you mean "${f}"?`:""}`,l?`use one of ${l.join(", ")}`:void 0,s.detail)}throw fe(r,t.at,s.message,s.fix)}}var rv="warn",Yy=e=>e.normalize("NFC").trim(),Qy={off:0,warn:1,fail:2};function iv(e,t){if(t)return t;let n=e.map(r=>r.budget.undeclared).filter(r=>r!==void 0);return n.length?n.reduce((r,i)=>Qy[i]>Qy[r]?i:r):rv}var ev=e=>e.provider==="runpod"?e.endpointId:e.model;function qh(e,t,n={}){let r=t.flatMap(p=>p.workloads.map(m=>({manifest:p.file,w:m}))),i=new Map(r.map(p=>[Yy(p.w.name),p])),o=new Set,s=iv(t,n.undeclared),a=e.map(p=>{let m=sv(p,n.catalog);if(p.ignored)return{site:p,status:"ignored",quote:m,mismatches:[]};if(p.workload!==void 0){let y=i.get(Yy(p.workload));if(!y)return{site:p,status:"undeclared",note:`its comment names workload "${p.workload}", which no manifest declares`,quote:m,mismatches:[]};o.add(y.w);let _=[];y.w.provider!==p.provider&&_.push({attribute:"provider",code:p.provider,declared:y.w.provider});let E=ev(y.w);return p.model!==null&&E!==void 0&&E!==p.model&&_.push({attribute:p.provider==="runpod"?"endpointId":"model",code:p.model,declared:E}),_.push(...tv(m,y.w)),{site:p,status:"declared",declaredBy:{manifest:y.manifest,workload:y.w.name},matchedBy:"comment",quote:m,mismatches:_}}let b=r.filter(y=>y.w.provider===p.provider);if(p.model===null||p.provider==="runpod"&&b.every(y=>y.w.endpointId===void 0)){let y=b[0];if(!y)return{site:p,status:"undeclared",quote:m,mismatches:[]};for(let _ of b)(p.model===null||_.w.endpointId===void 0)&&o.add(_.w);return{site:p,status:"declared",declaredBy:{manifest:y.manifest,workload:y.w.name},matchedBy:"provider",quote:m,mismatches:[]}}let g=b.filter(y=>ev(y.w)===p.model);if(!g.length)return{site:p,status:"undeclared",quote:m,mismatches:[]};for(let y of g)o.add(y.w);let w=g.map(y=>({x:y,mismatches:tv(m,y.w)})),v=w.find(y=>y.mismatches.length===0)??w[0];return{site:p,status:"declared",declaredBy:{manifest:v.x.manifest,workload:v.x.w.name},matchedBy:"model",quote:m,mismatches:v.mismatches}}),c=r.filter(p=>!o.has(p.w)).map(p=>({manifest:p.manifest,workload:p.w.name,provider:p.w.provider,model:p.w.model})),u=s==="off"?0:a.filter(p=>p.status==="undeclared").length,l=a.some(p=>p.mismatches.length>0)||c.length>0,f=u>0&&s==="fail"?"fail":u>0||l?"warn":"pass";return{calls:a,stale:c,undeclared:u,rule:s,verdict:f}}function tv(e,t){let n=e.workload;if(!n||e.reason)return[];let r=[];for(let[i,o]of Object.entries(t.attributes)){if(i==="runs"||o===void 0)continue;let s=n.attributes[i];if(s===void 0)continue;(de.isDecimal(s)&&de.isDecimal(o)?s.equals(o):String(s)===String(o))||r.push({attribute:i,code:nv(s),declared:nv(o)})}return r}var nv=e=>de.isDecimal(e)?e.toFixed():String(e);function ov(e,t){let n={...e.arguments};switch(t!==void 0&&(n[t]=$R),e.provider){case"fal":return e.model===null?void 0:{target:e.model,body:n};case"runway":return e.task===void 0?void 0:{target:e.task,body:n};case"runware":return typeof n.taskType=="string"?{target:void 0,body:n}:void 0;default:return}}var $R="\0genspend-probe";function sv(e,t){let n=u=>({cost:null,credits:null,reason:u});if(e.provider==="runpod")return n("a Runpod job is billed by its GPU and run time, which the code does not say: declare the workload with gpu and seconds");if(e.sdk==="http")return n("the request body of a raw HTTP call is not read: declare the workload to price it");if(e.dynamic.includes("model"))return n("the model is not literal in the code");let r=ov(e);if(!r)return n("the call does not say what it runs");let i,o={file:`${e.file}:${e.line}`,...t?{catalog:t}:{}};try{i=Su(e.provider,r.target,r.body,o)}catch(u){let l=Mt(u)?.[0];if(!l)throw u;let f=l.detail?.missing;if(!f?.length)return n(l.message);try{let p=Object.fromEntries(f.map(g=>[g,1])),m=Su(e.provider,r.target,r.body,{...o,given:p}).jobs[0],b=Object.fromEntries(Object.entries(m?.workload.attributes??{}).filter(([g])=>!f.includes(g)));return{...n(l.message),missing:f,...m?{workload:{...m.workload,attributes:b}}:{}}}catch{return{...n(l.message),missing:f}}}let s=i.jobs[0],c=[...new Set(e.dynamic.map(u=>u.endsWith("...")?"...":u.split(".")[0]))].filter(u=>u!=="model").filter(u=>u==="..."||AR(e,u,t));return c.length?{cost:null,credits:null,reason:`the price depends on ${c.map(l=>l==="..."?"fields spread in from elsewhere":`\`${l}\``).join(", ")}, which the code computes`,...s?{workload:s.workload}:{}}:i.cost===null?{cost:null,credits:null,reason:s?.estimate.unpriced??"not in the catalog",...s?{workload:s.workload}:{}}:{cost:i.cost,credits:i.credits,...s?{workload:s.workload}:{}}}function AR(e,t,n){let r=ov(e,t);if(!r)return!0;try{return Su(e.provider,r.target,r.body,n?{catalog:n}:{}).jobs.some(o=>o.read.some(s=>s===t||s.startsWith(`${t}.`)))}catch{return!0}}var SR=e=>e.cost===null?"unpriced":e.credits!==null?`${se(e.cost)} (${tc(e.credits)})`:se(e.cost),RR=e=>e.site.model??(e.site.dynamic.includes("model")?"dynamic":"-");function Uh(e,t){if(!e.length||t==="off")return"";let n=["### Model calls this PR adds that no genspend.yml declares","","| | Call site | Provider | Call | Model | Per call |","| --- | --- | --- | --- | --- | ---: |"];for(let r of e){let i=Ae(`${r.site.file}:${r.site.line}`),o=r.quote.cost===null?`unpriced: ${Ae(r.quote.reason??"unknown")}`:Ae(SR(r.quote));n.push(`| ${t==="fail"?":x:":":warning:"} | ${i} | ${r.site.provider} | ${Ae(r.site.call)} | ${Ae(RR(r))} | ${o} |`)}return n.push("",t==="fail"?"The manifest says `undeclared: fail`: declare each call as a workload (or mark it `// genspend: <workload>` or `// genspend-ignore`).":"Declare each call as a workload in a genspend.yml, or mark it `// genspend: <workload>` or `// genspend-ignore`."),n.join(`
`)+`
`}import{execFile as IP}from"node:child_process";import{posix as PP}from"node:path";import{closeSync as IR,constants as jh,fstatSync as PR,lstatSync as ER,openSync as TR,readSync as OR,realpathSync as av,statSync as CR}from"node:fs";import{isAbsolute as NR,relative as FR,resolve as Bh}from"node:path";var DR=jh.O_RDONLY|(jh.O_NONBLOCK??0)|(jh.O_NOFOLLOW??0);function Zh(e,t){let n=FR(e,t);return n===""||!n.startsWith("..")&&!NR(n)}function uv(e,t,n){return MR(e,t,qR(Bh(e,t),t,n),n)}function MR(e,t,n,r){if(!Zh(r.realRoot??av.native(e),n)){let o=Zh(Bh(e),Bh(e,t))?"is a link to a file outside":"is outside";throw new Z(`${o} ${r.rootName}`,{file:t},`genspend reads only files inside ${r.rootName}: copy the manifest in (a link must point inside too)`)}let i;try{i=TR(n,DR)}catch(o){throw lv(o,t,jR(n))}try{let o=PR(i);if(o.isDirectory())throw new Z("is a directory, not a manifest",{file:t},`name the file inside it, e.g. ${t.replace(/\/$/,"")}/genspend.yml`);if(!o.isFile())throw cv(t,o);if(o.size>r.maxBytes)throw Vh(t,`is ${o.size} bytes,`,r);return LR(i,o.size,t,r)}finally{IR(i)}}function or(e,t,n){return Nn(uv(e,t,n),t,n)}function ni(e,t,n){if(e>n.maxBytes)throw Vh(t,`is ${e} bytes,`,n)}function Nn(e,t,n){ni(e.length,t,n);try{return zR.decode(e)}catch{throw new Z("file is binary, not UTF-8 YAML text",{file:t},n.binaryFix)}}var zR=new TextDecoder("utf-8",{fatal:!0});function LR(e,t,n,r){let i=r.maxBytes+1,o=Buffer.allocUnsafe(Math.min(i,t>0?t+1:8*1024)),s=0;for(;;){if(s===o.length){if(s===i)break;let u=Buffer.allocUnsafe(Math.min(i,o.length*2));o.copy(u,0,0,s),o=u}let a=o.length-s,c=OR(e,o,s,a,null);if(c===0||(s+=c,c<a&&t>0&&s===t))break}if(s>r.maxBytes)throw Vh(n,"is",r);return o.subarray(0,s)}function qR(e,t,n){try{return av.native(e)}catch(r){if(UR(e))throw new Z("is a link to a file that does not exist",{file:t},"point the link at a manifest, or name the manifest itself");let i=r.code;throw i==="ENOENT"||i==="ENOTDIR"?new Z("no such file",{file:t},`check the path (it is relative to ${n.rootName})`):lv(r,t,void 0)}}function cv(e,t){let n=t.isFIFO()?"a FIFO":t.isSocket()?"a socket":t.isCharacterDevice()||t.isBlockDevice()?"a device":"not a regular file";return new Z(`is ${n}, not a manifest file`,{file:e},"point genspend at a YAML manifest")}function lv(e,t,n){if(n&&!n.isFile()&&!n.isDirectory())return cv(t,n);let r=e.code??"an error";return new Z(`cannot read it (${r})`,{file:t},"check that the file is readable")}function Vh(e,t,n){return new Z(`file ${t} over the ${n.maxBytes}-byte limit`,{file:e},n.splitFix)}function UR(e){try{return ER(e).isSymbolicLink()}catch{return!1}}function jR(e){try{return CR(e)}catch{return}}import*as og from"node:fs";import{realpathSync as Gv}from"node:fs";import{join as _P,relative as Kv,resolve as $P,sep as oi}from"node:path";import{createRequire as BR}from"module";import{basename as ZR,dirname as Kh,normalize as VR,relative as GR,resolve as KR,sep as pv}from"path";import*as HR from"fs";var dv=BR(import.meta.url);function WR(e){let t=VR(e);return t.length>1&&t[t.length-1]===pv&&(t=t.substring(0,t.length-1)),t}var JR=/[\\/]/g;function mv(e,t){return e.replace(JR,t)}var XR=/^[a-z]:[\\/]$/i;function YR(e){return e==="/"||XR.test(e)}function Gh(e,t){let{resolvePaths:n,normalizePath:r,pathSeparator:i}=t,o=process.platform==="win32"&&e.includes("/")||e.startsWith(".");if(n&&(e=KR(e)),(r||o)&&(e=WR(e)),e===".")return"";let s=e[e.length-1]!==i;return mv(s?e+i:e,i)}function hv(e,t){return t+e}function QR(e,t){return function(n,r){return r.startsWith(e)?r.slice(e.length)+n:mv(GR(e,r),t.pathSeparator)+t.pathSeparator+n}}function eI(e){return e}function tI(e,t,n){return t+e+n}function nI(e,t){let{relativePaths:n,includeBasePath:r}=t;return n&&e?QR(e,t):r?hv:eI}function rI(e){return function(t,n){n.push(t.substring(e.length)||".")}}function iI(e){return function(t,n,r){let i=t.substring(e.length)||".";r.every(o=>o(i,!0))&&n.push(i)}}var oI=(e,t)=>{t.push(e||".")},sI=(e,t,n)=>{let r=e||".";n.every(i=>i(r,!0))&&t.push(r)},aI=()=>{};function uI(e,t){let{includeDirs:n,filters:r,relativePaths:i}=t;return n?i?r&&r.length?iI(e):rI(e):r&&r.length?sI:oI:aI}var cI=(e,t,n,r)=>{r.every(i=>i(e,!1))&&n.files++},lI=(e,t,n,r)=>{r.every(i=>i(e,!1))&&t.push(e)},dI=(e,t,n,r)=>{n.files++},fI=(e,t)=>{t.push(e)},pI=()=>{};function mI(e){let{excludeFiles:t,filters:n,onlyCounts:r}=e;return t?pI:n&&n.length?r?cI:lI:r?dI:fI}var hI=e=>e,gI=()=>[""].slice(0,0);function bI(e){return e.group?gI:hI}var yI=(e,t,n)=>{e.push({directory:t,files:n,dir:t})},vI=()=>{};function wI(e){return e.group?yI:vI}var xI=function(e,t,n){let{queue:r,fs:i,options:{suppressErrors:o}}=t;r.enqueue(),i.realpath(e,(s,a)=>{if(s)return r.dequeue(o?null:s,t);i.stat(a,(c,u)=>{if(c)return r.dequeue(o?null:c,t);if(u.isDirectory()&&gv(e,a,t))return r.dequeue(null,t);n(u,a),r.dequeue(null,t)})})},kI=function(e,t,n){let{queue:r,fs:i,options:{suppressErrors:o}}=t;r.enqueue();try{let s=i.realpathSync(e),a=i.statSync(s);if(a.isDirectory()&&gv(e,s,t))return;n(a,s)}catch(s){if(!o)throw s}};function _I(e,t){return!e.resolveSymlinks||e.excludeSymlinks?null:t?kI:xI}function gv(e,t,n){if(n.options.useRealPaths)return $I(t,n);let r=Kh(e),i=1;for(;r!==n.root&&i<2;){let o=n.symlinks.get(r);!!o&&(o===t||o.startsWith(t)||t.startsWith(o))?i++:r=Kh(r)}return n.symlinks.set(e,t),i>1}function $I(e,t){return t.visited.includes(e+t.options.pathSeparator)}var AI=e=>e.counts,SI=e=>e.groups,RI=e=>e.paths,II=e=>e.paths.slice(0,e.options.maxFiles),PI=(e,t,n)=>(Ru(t,n,e.counts,e.options.suppressErrors),null),EI=(e,t,n)=>(Ru(t,n,e.paths,e.options.suppressErrors),null),TI=(e,t,n)=>(Ru(t,n,e.paths.slice(0,e.options.maxFiles),e.options.suppressErrors),null),OI=(e,t,n)=>(Ru(t,n,e.groups,e.options.suppressErrors),null);function Ru(e,t,n,r){t(e&&!r?e:null,n)}function CI(e,t){let{onlyCounts:n,group:r,maxFiles:i}=e;return n?t?AI:PI:r?t?SI:OI:i?t?II:TI:t?RI:EI}var bv={withFileTypes:!0},NI=(e,t,n,r,i)=>{if(e.queue.enqueue(),r<0)return e.queue.dequeue(null,e);let{fs:o}=e;e.visited.push(t),e.counts.directories++,o.readdir(t||".",bv,(s,a=[])=>{i(a,n,r),e.queue.dequeue(e.options.suppressErrors?null:s,e)})},FI=(e,t,n,r,i)=>{let{fs:o}=e;if(r<0)return;e.visited.push(t),e.counts.directories++;let s=[];try{s=o.readdirSync(t||".",bv)}catch(a){if(!e.options.suppressErrors)throw a}i(s,n,r)};function DI(e){return e?FI:NI}var MI=class{count=0;constructor(e){this.onQueueEmpty=e}enqueue(){return this.count++,this.count}dequeue(e,t){this.onQueueEmpty&&(--this.count<=0||e)&&(this.onQueueEmpty(e,t),e&&(t.controller.abort(),this.onQueueEmpty=void 0))}},zI=class{_files=0;_directories=0;set files(e){this._files=e}get files(){return this._files}set directories(e){this._directories=e}get directories(){return this._directories}get dirs(){return this._directories}},LI=class{aborted=!1;abort(){this.aborted=!0}},yv=class{root;isSynchronous;state;joinPath;pushDirectory;pushFile;getArray;groupFiles;resolveSymlink;walkDirectory;callbackInvoker;constructor(e,t,n){this.isSynchronous=!n,this.callbackInvoker=CI(t,this.isSynchronous),this.root=Gh(e,t),this.state={root:YR(this.root)?this.root:this.root.slice(0,-1),paths:[""].slice(0,0),groups:[],counts:new zI,options:t,queue:new MI((r,i)=>this.callbackInvoker(i,r,n)),symlinks:new Map,visited:[""].slice(0,0),controller:new LI,fs:t.fs||HR},this.joinPath=nI(this.root,t),this.pushDirectory=uI(this.root,t),this.pushFile=mI(t),this.getArray=bI(t),this.groupFiles=wI(t),this.resolveSymlink=_I(t,this.isSynchronous),this.walkDirectory=DI(this.isSynchronous)}start(){return this.pushDirectory(this.root,this.state.paths,this.state.options.filters),this.walkDirectory(this.state,this.root,this.root,this.state.options.maxDepth,this.walk),this.isSynchronous?this.callbackInvoker(this.state,null):null}walk=(e,t,n)=>{let{paths:r,options:{filters:i,resolveSymlinks:o,excludeSymlinks:s,exclude:a,maxFiles:c,signal:u,useRealPaths:l,pathSeparator:f},controller:p}=this.state;if(p.aborted||u&&u.aborted||c&&r.length>c)return;let m=this.getArray(this.state.paths);for(let b=0;b<e.length;++b){let g=e[b];if(g.isFile()||g.isSymbolicLink()&&!o&&!s){let w=this.joinPath(g.name,t);this.pushFile(w,m,this.state.counts,i)}else if(g.isDirectory()){let w=tI(g.name,t,this.state.options.pathSeparator);if(a&&a(g.name,w))continue;this.pushDirectory(w,r,i),this.walkDirectory(this.state,w,w,n-1,this.walk)}else if(this.resolveSymlink&&g.isSymbolicLink()){let w=hv(g.name,t);this.resolveSymlink(w,this.state,(v,y)=>{if(v.isDirectory()){if(y=Gh(y,this.state.options),a&&a(g.name,l?y:w+f))return;this.walkDirectory(this.state,y,l?y:w+f,n-1,this.walk)}else{y=l?y:w;let _=ZR(y),E=Gh(Kh(y),this.state.options);y=this.joinPath(_,E),this.pushFile(y,m,this.state.counts,i)}})}}this.groupFiles(this.state.groups,t,m)}};function qI(e,t){return new Promise((n,r)=>{vv(e,t,(i,o)=>{if(i)return r(i);n(o)})})}function vv(e,t,n){new yv(e,t,n).start()}function UI(e,t){return new yv(e,t).start()}var fv=class{constructor(e,t){this.root=e,this.options=t}withPromise(){return qI(this.root,this.options)}withCallback(e){vv(this.root,this.options,e)}sync(){return UI(this.root,this.options)}},wv=null;try{dv.resolve("picomatch"),wv=dv("picomatch")}catch{}var xv=class{globCache={};options={maxDepth:1/0,suppressErrors:!0,pathSeparator:pv,filters:[]};globFunction;constructor(e){this.options={...this.options,...e},this.globFunction=this.options.globFunction}group(){return this.options.group=!0,this}withPathSeparator(e){return this.options.pathSeparator=e,this}withBasePath(){return this.options.includeBasePath=!0,this}withRelativePaths(){return this.options.relativePaths=!0,this}withDirs(){return this.options.includeDirs=!0,this}withMaxDepth(e){return this.options.maxDepth=e,this}withMaxFiles(e){return this.options.maxFiles=e,this}withFullPaths(){return this.options.resolvePaths=!0,this.options.includeBasePath=!0,this}withErrors(){return this.options.suppressErrors=!1,this}withSymlinks({resolvePaths:e=!0}={}){return this.options.resolveSymlinks=!0,this.options.useRealPaths=e,this.withFullPaths()}withAbortSignal(e){return this.options.signal=e,this}normalize(){return this.options.normalizePath=!0,this}filter(e){return this.options.filters.push(e),this}onlyDirs(){return this.options.excludeFiles=!0,this.options.includeDirs=!0,this}exclude(e){return this.options.exclude=e,this}onlyCounts(){return this.options.onlyCounts=!0,this}crawl(e){return new fv(e||".",this.options)}withGlobFunction(e){return this.globFunction=e,this}crawlWithOptions(e,t){return this.options={...this.options,...t},new fv(e||".",this.options)}glob(...e){return this.globFunction?this.globWithOptions(e):this.globWithOptions(e,{dot:!0})}globWithOptions(e,...t){let n=this.globFunction||wv;if(!n)throw new Error("Please specify a glob function to use glob matching.");var r=this.globCache[e.join("\0")];return r||(r=n(e,...t),this.globCache[e.join("\0")]=r),this.options.filters.push(i=>r(i)),this}};var ig=Bw(Vv()),AP=new Set(["node_modules",".git"]),SP=["**/node_modules/**","**/.git/**"];function si(e,t=[]){if(e.length===0)return()=>!1;let n=o=>o.map(s=>s.replace(/^(?:\.\/)+/,"")),r=(0,ig.default)(n(e)),i=(0,ig.default)([...SP,...n(t)]);return o=>r(o)&&!i(o)}async function sg(e,t,n=[]){return(await Hv(e,t,n)).map(r=>r.path)}async function Hv(e,t,n=[]){let r=si(t,n),i=[],o=await new xv({fs:RP(i)}).withRelativePaths().withPathSeparator("/").exclude(m=>AP.has(m)).filter(m=>r(m)).crawl(e).withPromise();o.sort();let s;try{s=Gv.native(e)}catch{return o.map(m=>({path:m}))}let a=new Set(i.map(m=>Kv(e,m).split(oi).join("/"))),c=s.endsWith(oi)?s:s+oi,u=m=>c+(oi==="/"?m:m.replaceAll("/",oi)),l=new Set(o.filter(m=>!a.has(m))),f=[],p=new Set;for(let m of o){if(l.has(m)){f.push({path:m,real:u(m)});continue}let b;try{b=Gv.native($P(e,m))}catch{f.push({path:m});continue}let g=Kv(s,b);!g.startsWith("..")&&l.has(g.split(oi).join("/"))||p.has(b)||(p.add(b),f.push({path:m,real:b}))}return f}function RP(e){let t=(a,c,u)=>og.readdir(a,c,(l,f)=>{for(let p of f??[])p.isSymbolicLink()&&e.push(_P(a,p.name));u(l,f)}),{readdirSync:n,realpath:r,realpathSync:i,stat:o,statSync:s}=og;return{readdir:t,readdirSync:n,realpath:r,realpathSync:i,stat:o,statSync:s}}function Wv(e){let t=e.filter(r=>!r.startsWith("!")),n=e.filter(r=>r.startsWith("!")).map(r=>r.slice(1));return{include:t,exclude:n}}async function Jv(e,t){let{include:n,exclude:r}=Wv(t);return n.length===0?[]:sg(e,n,r)}function Xv(e){let{include:t,exclude:n}=Wv(e);return si(t,n)}var Eu={maxBytes:zn,rootName:"the repository",splitFix:"split it into several manifests (the `manifests` input takes globs)",binaryFix:"point the `manifests` input at YAML manifests"};function Yv(e,t){return lh(t.map(n=>({file:n,read:()=>or(e,n,Eu)})))}function Qv(e){return(t,n={})=>new Promise(r=>{IP("git",t,{cwd:e,encoding:"buffer",timeout:n.timeoutMs??3e4,maxBuffer:256*1024*1024,env:{...process.env,GIT_TERMINAL_PROMPT:"0",LC_ALL:"C"}},(i,o,s)=>{if(!i)return r({ok:!0,out:o});let a=s.toString().trim()||i.message;r({ok:!1,err:a.split(`
`)[0]??""})}).stdin?.end()})}var EP=12e4,TP="120000",OP=8;async function ag(e,t){let[n,r]=await Promise.all([e(["rev-parse","--show-prefix","--verify","--quiet",`${t}^{commit}`]),FP.test(t)?tw(e,t):void 0]);if(n.ok){let o=n.out.toString().trimEnd().split(`
`),s=o.pop();return{inRepo:!0,prefix:o.join(`
`).trim(),present:s,early:r}}let i=await e(["rev-parse","--show-prefix"]);return{inRepo:i.ok,prefix:i.ok?i.out.toString().trim():"",present:void 0,early:r}}async function ew(e){let{ref:t,git:n,log:r}=e,{inRepo:i,prefix:o,present:s,early:a}=await(e.started??ag(n,t)),c,u=!1,l="git";if(i){let E=s;if(!E){r(`genspend: base ${t} is not in the checkout; fetching it from origin (git fetch --depth=1)`);let G=await n(["fetch","--no-tags","--no-recurse-submodules","--depth=1","origin",t],{timeoutMs:EP});G.ok?(E=await NP(n,"FETCH_HEAD"),l="git fetch"):r(`genspend: git fetch failed (${G.err}); reading the base through the contents API`)}E&&(c=DP(n,E,E===t&&a?.ok?a:await tw(n,E)),u=!0)}if(!c){if(!e.api)throw new Z(`cannot read the base ${t}: it is not in the checkout, could not be fetched, and no GitHub token was given for the contents API`,void 0,"check out with `fetch-depth: 0`, or keep the default `github-token` input");c=await MP(e.api,t,o,e.headFiles),l="contents API"}c.partial&&r("genspend: the base tree is too large to list in full; a manifest deleted by this change may be missed");let f=new Set(e.headFiles);for(let E of c.links??[])(f.has(E)||e.matches(E))&&r(`genspend: ${JSON.stringify(E)} is a symbolic link at the base, not a manifest; it is read as absent there`);let p=[...c.files.keys()].filter(E=>f.has(E)||e.matches(E)).sort(),m=[],b=[],g=E=>`${E}@${t.slice(0,12)}`,w=[],v=async E=>{try{let G=c.files.get(E);return ni(G.size,g(E),Eu),{bytes:await G.read()}}catch(G){return{error:G}}};for(let[E,G]of p.entries()){for(let j=w.length;j<Math.min(p.length,E+OP);j++)w.push(v(p[j]));try{let j=await w[E];if("error"in j)throw j.error;let X=j.bytes;if(X===null)continue;let H=Nn(X,g(G),Eu);try{m.push(cu(H,G))}catch(Y){throw CP(Y,t)}}catch(j){let X=Mt(j);if(!X)throw j;b.push({file:G,error:X.map(H=>H.format()).join("; ")})}}let y=c.files;return{manifests:m,unreadable:b,via:l,prefix:o,...u?{file:async E=>await y.get(PP.normalize(E))?.read()??void 0}:{}}}function CP(e,t){let n=i=>new Z(i.message,i.where?{...i.where,file:`${i.where.file}@${t.slice(0,12)}`}:void 0,i.fix),r=Mt(e);return r?new rt(r.map(n)):e}async function NP(e,t){let n=await e(["rev-parse","--verify","--quiet",`${t}^{commit}`]);return n.ok?n.out.toString().trim():void 0}var FP=/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/,tw=(e,t)=>e(["ls-tree","-r","-l","-z",t,"--","."]);function DP(e,t,n){if(!n.ok)throw new Z(`cannot list the base ${t.slice(0,12)}: ${n.err}`);let r=new Map,i=[];for(let o of n.out.toString("utf8").split("\0")){let s=/^(\d+) blob ([0-9a-f]+) +(\d+)\t(.+)$/s.exec(o);if(!s)continue;let[,a,c,u,l]=s;if(a===TP){i.push(l);continue}r.set(l,{size:Number(u),read:async()=>{let f=await e(["cat-file","blob",c]);if(!f.ok)throw new Z(`cannot read it at the base: ${f.err}`,{file:l});return f.out}})}return{files:r,partial:!1,links:i}}async function MP(e,t,n,r){let i=await e.tree(t);if(!i)throw new Z(`the base ${t} is not in the repository`,void 0,"check the `base-ref` input, or that the base branch exists");let o=new Map;for(let s of i.entries){if(!s.path.startsWith(n))continue;let a=s.path.slice(n.length);o.set(a,{size:s.size,read:()=>e.file(s.path,t)})}if(i.truncated)for(let s of r)o.has(s)||o.set(s,{size:0,read:()=>e.file(n+s,t)});return{files:o,partial:i.truncated}}function Fn(e){let t=e?.status;return typeof t=="number"?t:void 0}var zP=50,nw=e=>({id:e.id,nodeId:e.node_id,body:e.body??"",authorLogin:e.user?.login,authorType:e.user?.type,url:e.html_url}),LP=e=>e.split("/").map(encodeURIComponent).join("/");function rw(e,t){return{async authenticatedLogin(){try{let n=await e.graphql("query { viewer { login } }");if(typeof n.viewer?.login=="string")return n.viewer.login}catch{}try{let{data:n}=await e.request("GET /user");return typeof n.login=="string"?n.login:null}catch(n){if([401,403,404].includes(Fn(n)??0))return null;throw n}},async listComments(n){let r=[],i=0,o=e.paginate.iterator("GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{...t,issue_number:n,per_page:100});for await(let s of o)if(r.push(...s.data.map(nw)),++i>=zP)break;return r},async createComment(n,r){let{data:i}=await e.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{...t,issue_number:n,body:r});return nw(i)},async updateComment(n,r){await e.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{...t,comment_id:n,body:r})},async deleteComment(n){await e.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",{...t,comment_id:n})},async minimizeComment(n){await e.graphql("mutation ($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }",{id:n})},async tree(n){try{let{data:r}=await e.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}",{...t,tree_sha:n,recursive:"1"});return{entries:r.tree.filter(o=>o.type==="blob"&&o.mode!=="120000"&&typeof o.path=="string").map(o=>({path:o.path,size:o.size??0})),truncated:r.truncated}}catch(r){if([404,409,422].includes(Fn(r)??0))return null;throw r}},async file(n,r){try{let{data:i}=await e.request(`GET /repos/{owner}/{repo}/contents/${LP(n)}`,{...t,ref:r,mediaType:{format:"raw"}});return typeof i=="string"?new TextEncoder().encode(i):i instanceof ArrayBuffer?new Uint8Array(i):null}catch(i){if(Fn(i)===404)return null;throw i}},async prFiles(n){let r=[];for(let i=1;i<=30;i++){let{data:o}=await e.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files",{...t,pull_number:n,per_page:100,page:i});if(r.push(...o.map(s=>({path:s.filename,status:s.status}))),o.length<100)break}return r}}}function iw(e){let t,n=()=>t??=e();return{authenticatedLogin:async()=>(await n()).authenticatedLogin(),listComments:async r=>(await n()).listComments(r),createComment:async(r,i)=>(await n()).createComment(r,i),updateComment:async(r,i)=>(await n()).updateComment(r,i),deleteComment:async r=>(await n()).deleteComment(r),minimizeComment:async r=>(await n()).minimizeComment(r),tree:async r=>(await n()).tree(r),file:async(r,i)=>(await n()).file(r,i),prFiles:async r=>(await n()).prFiles(r)}}import{resolve as kE}from"node:path";async function ug(e,t){try{await e.writeSummary(t)}catch(n){e.warning(`genspend: could not write the job summary: ${n.message}`)}}async function Tu(e,t,n){let r,i=Mt(t);if(i){r=i.map(o=>o.format()).join(`
`);for(let o of i.slice(0,10))o.where?.line!==void 0&&n(o.where.file)&&e.error(o.format(),{title:"genspend",file:o.where.file,startLine:o.where.line})}else r=`internal error: ${t instanceof Error?t.message:String(t)}. Please report it with this log.`,t instanceof Error&&t.stack&&e.debug(t.stack);return await ug(e,["## genspend could not run","",...r.split(`
`).map(o=>`- ${Ae(o)}`),""].join(`
`)),{verdict:"error",message:`genspend could not run: ${r}`}}import{resolve as gE}from"node:path";function ow(e,t,n,r){let i={fail:0,warn:0},o=0,s=a=>t.manifests.some(c=>c.file===a&&c.head);for(let a of e.reasons){let c=`genspend: ${a.rule}${a.scope==="pr"?" (PR-level)":""}`,u=a.workloads.some(l=>l.line!==void 0)?a.workloads.filter(l=>l.line!==void 0).map(l=>({message:`${l.name}: ${a.message}`,file:l.file??a.file,line:l.line})):[{message:a.message,file:a.file,line:void 0}];for(let l of u){if(i[a.level]++>=10){o++;continue}let f=l.file&&s(l.file)?`${r}${l.file}`:void 0,p={title:c,...f?{file:f}:{},...f&&l.line!==void 0?{startLine:l.line}:{}};a.level==="fail"?n.error(l.message,p):n.warning(l.message,p)}}o&&n.info(`genspend: ${o} more annotation${o===1?"":"s"} not shown (GitHub shows 10 per level); see the report`)}function Ou(e,t){return`<!-- genspend:comment tag=${encodeURIComponent(e)} run=${t.id}.${t.attempt} -->`}var qP=/^<!-- genspend:comment tag=(\S*) run=(\d{1,30})\.(\d{1,30}) -->\n/;function UP(e){let t=qP.exec(e);if(!t)return null;let n;try{n=decodeURIComponent(t[1])}catch{return null}return{tag:n,run:{id:BigInt(t[2]),attempt:BigInt(t[3])},rest:e.slice(t[0].length)}}var sw=(e,t)=>e.id>t.id||e.id===t.id&&e.attempt>t.attempt;async function aw(e,t){let n=await e.authenticatedLogin(),r=(await e.listComments(t.issue)).map(l=>({comment:l,stamp:UP(l.body)})).filter(l=>l.stamp?.tag===t.tag),i=n!==null?[n]:[...new Set(r.filter(l=>l.comment.authorType==="Bot").map(l=>l.comment.authorLogin))],o=l=>n===null&&[403,404].includes(Fn(l)??0),s=[];for(let l of i.length?i:[void 0]){s=l===void 0?[]:r.filter(p=>p.comment.authorLogin===l);let f=await jP(e,t,s,o);if(f)return f;if(t.mode!=="update")break}if(n===null&&(s=t.mode==="update"?[]:r.filter(l=>l.comment.authorType==="Bot")),!t.wanted)return{kind:"skipped",url:s.at(-1)?.comment.url,why:"the `comment-on` condition is not met"};let a=await e.createComment(t.issue,`${Ou(t.tag,t.run)}
${t.body}`),c=0,u=0;for(let{comment:l}of s)try{t.mode==="hide-and-new"?(await e.minimizeComment(l.nodeId),c++):t.mode==="delete-and-new"&&(await e.deleteComment(l.id),u++)}catch(f){if(!o(f))throw f}return{kind:"created",url:a.url,hidden:c,deleted:u}}async function jP(e,t,n,r){let i=n.reduce((s,a)=>!s||sw(a.stamp.run,s)?a.stamp.run:s,void 0),o=n.at(-1);if(i&&sw(i,t.run))return{kind:"skipped",url:o?.comment.url,why:`a newer run (${i.id}, attempt ${i.attempt}) already wrote the comment; this run (${t.run.id}) leaves it`};if(o&&o.stamp.rest===t.body)return{kind:"unchanged",url:o.comment.url,why:"the comment already says this"};if(t.mode==="update"&&o)try{return await e.updateComment(o.comment.id,`${Ou(t.tag,t.run)}
${t.body}`),{kind:"updated",url:o.comment.url,hidden:0,deleted:0}}catch(s){if(!r(s))throw s}}var uw=/^[0-9a-f]{40}([0-9a-f]{24})?$/,BP=new Set(["pull_request","pull_request_target"]);function cw(e){return e&&/^\d{1,30}$/.test(e)?BigInt(e):0n}function lw(e,t,n){let r=e.GITHUB_EVENT_NAME??"",[i,o,...s]=(e.GITHUB_REPOSITORY??"").split("/"),a={eventName:r,repo:i&&o&&s.length===0?{owner:i,repo:o}:void 0,run:{id:cw(e.GITHUB_RUN_ID),attempt:cw(e.GITHUB_RUN_ATTEMPT??"1")},workspace:e.GITHUB_WORKSPACE||n,tempDir:e.RUNNER_TEMP||""};return BP.has(r)?{...a,pr:ZP(e.GITHUB_EVENT_PATH,t)}:{...a,pr:void 0}}function ZP(e,t){let n="run genspend from a workflow triggered by `pull_request`, whose event payload names the base commit";if(!e)throw new Z("GITHUB_EVENT_PATH is not set on a pull_request event",void 0,n);let r;try{r=JSON.parse(t(e))}catch(c){throw new Z(`cannot read the event payload: ${c.message}`,{file:e},n)}let i=r?.pull_request,o=i?.base,s=i?.head;if(!i||typeof i.number!="number"||typeof o?.sha!="string"||!uw.test(o.sha))throw new Z("the event payload has no pull_request with a number and a base sha",{file:e},n);let a=s?.repo?.full_name;return{number:i.number,baseSha:o.sha,headSha:typeof s?.sha=="string"&&uw.test(s.sha)?s.sha:void 0,fork:a!==o.repo?.full_name}}var VP=["update","new","hide-and-new","delete-and-new","off"],GP=["always","change","failure"],KP="**/genspend.yml",dw=100,Xt=class extends Z{},ui=e=>JSON.stringify(e.length>60?`${e.slice(0,60)}\u2026`:e);function ai(e,t,n,r){if(t==="")return r;if(n.includes(t))return t;throw new Xt(`input \`${e}\` must be one of ${n.join(", ")}, got ${ui(t)}`)}function cg(e,t,n){if(t==="")return;let r=xh(t);if(r===null)throw new Xt(`input \`${e}\` must be ${wh} (${n}), got ${ui(t)}`);return r}function HP(e){let t=e.split(/\r?\n/).map(n=>n.trim()).filter(Boolean);if(t.length===0)return[KP];for(let n of t){let r=n.replace(/^!/,"");if(r.startsWith("/")||/^[A-Za-z]:/.test(r)||r.split(/[\\/]/).includes(".."))throw new Xt(`input \`manifests\`: ${ui(n)} points outside the workspace; give globs relative to the repository root`)}return t}function WP(e){if(e!==""){if(!/^[A-Za-z0-9_][A-Za-z0-9._/-]{0,250}$/.test(e)||e.includes("..")||e.endsWith("/")||e.endsWith(".lock"))throw new Xt(`input \`base-ref\` must be a branch, tag or commit sha (letters, digits, \`. _ / -\`), got ${ui(e)}`);return e}}function JP(e){let t=[];return{get:n=>e(n).trim(),check(n,r){try{return n()}catch(i){if(!(i instanceof Xt))throw i;return t.push(i),r}},done(){if(t.length===1)throw t[0];if(t.length)throw new rt(t)}}}var XP=["gate","balance","reconcile"];function fw(e){return ai("mode",e("mode").trim(),XP,"gate")}function pw(e){let{get:t,check:n,done:r}=JP(e),i=n(()=>{let f=t("tag");if(f.length>dw)throw new Xt(`input \`tag\` must be at most ${dw} characters, got ${f.length}`);return f},""),o=n(()=>cg("limit",t("limit"),"USD per period"),void 0),s=n(()=>cg("max-increase",t("max-increase"),"USD per period"),void 0),a=n(()=>cg("max-increase-percent",t("max-increase-percent"),"percent of the base"),void 0),c=n(()=>t("unpriced")?ai("unpriced",t("unpriced"),["fail","warn"],"warn"):void 0,void 0),u=n(()=>t("judge")?ai("judge",t("judge"),["expected","high"],"expected"):void 0,void 0),l={manifests:Object.freeze(n(()=>HP(e("manifests")),[])),token:e("github-token").trim(),comment:n(()=>ai("comment",t("comment"),VP,"update"),"off"),commentOn:n(()=>ai("comment-on",t("comment-on"),GP,"always"),"always"),tag:i,pr:Object.freeze({...o?{limit:o}:{},...s?{maxIncrease:s}:{},...a?{maxIncreasePercent:a}:{},...c?{unpriced:c}:{},...u?{judge:u}:{}}),baseRef:n(()=>WP(t("base-ref")),void 0),prices:n(()=>YP(t("prices")),mw),maxPriceAge:n(()=>QP(t("max-price-age")),bo),undeclared:n(()=>t("undeclared")?ai("undeclared",t("undeclared"),["fail","warn","off"],"warn"):void 0,void 0)};return r(),Object.freeze(l)}var mw=Object.freeze({file:yo,explicit:!1});function YP(e){if(e==="")return mw;if(e.startsWith("/")||e.split("/").includes("..")||/[\x00-\x1f]/.test(e))throw new Xt(`input \`prices\` must be a path inside the repository, got ${ui(e)}`);return{file:e,explicit:!0}}function QP(e){if(e==="")return bo;try{return nh(e,"max-price-age")}catch{throw new Xt(`input \`max-price-age\` must be a number of days such as \`30d\`, got ${ui(e)}`)}}import{mkdtempSync as eE,writeFileSync as tE}from"node:fs";import{tmpdir as nE}from"node:os";import{join as hw}from"node:path";function gw(e,t){let n=t.hasBase?Ph(t.base,t.head,t.diff,t.budget):Ih(t.head,t.budget),r=hw(eE(hw(e||nE(),"genspend-")),"report.json");return tE(r,JSON.stringify(n)+`
`),r}function bw(e,t,n){let{diff:r}=t;e.setOutput("base-total",t.hasBase?$e(r.baseTotal):""),e.setOutput("head-total",$e(r.headTotal)),e.setOutput("delta",t.hasBase?$e(r.delta):""),e.setOutput("delta-percent",t.hasBase&&r.deltaPercent?r.deltaPercent.toFixed(2):""),e.setOutput("verdict",t.budget.verdict),e.setOutput("report-path",n)}import{existsSync as rE}from"node:fs";import{resolve as iE}from"node:path";var yw={maxBytes:zn,rootName:"the repository",splitFix:"keep only the models that differ from the built-in catalog",binaryFix:"point the `prices` input at a YAML price file"};async function vw(e){let{workspace:t,file:n}=e,r=[],i=rE(iE(t,n));if(!i&&e.explicit)throw new Z(`price file \`${n}\` does not exist in the workspace`,void 0,"fix the `prices` input, or remove it");let o=i?or(t,n,yw):void 0,s=null;if(e.base?.file){let c=await e.base.file(n);s=c?Nn(c,`${n}@base`,yw):void 0}else e.base&&(s=void 0,r.push(`genspend: the base commit is not in the checkout: ${n} at the base is taken as absent`));return(o!==void 0||s)&&r.push(`genspend: prices from ${n}${s===null?"":" (as at the base)"} over the built-in catalog`),{...ih(rr(),{file:n,head:o,base:s,...e.subject?{subject:e.subject}:{}}),log:r}}import{resolve as sE}from"node:path";var ww=e=>e.slice(e.lastIndexOf("/")+1),oE=e=>{let t=ww(e),n=t.lastIndexOf(".");return n<=0?"":t.slice(n).toLowerCase()},xw=[".js",".mjs",".cjs",".jsx",".ts",".mts",".cts",".tsx",".py",".json",".toml"];function lg(e){let t=oE(e);return t===".toml"?ww(e)==="runpod.toml":e.endsWith(".d.ts")?!1:xw.includes(t)}var dg=3e3,aE=2*1024*1024,fg={maxBytes:aE,rootName:"the repository",splitFix:"add it to `scan: { exclude: [...] }` in genspend.yml if it is generated",binaryFix:"add it to `scan: { exclude: [...] }` in genspend.yml"},uE=new Set(["added","modified","changed","renamed","copied"]),pg=(e,t)=>e(["diff","--name-only","-z","--no-renames","--diff-filter=AM",t,"HEAD","--"]);async function cE(e,t,n,r,i,o){let s=await t,a=s?.ok?s:await pg(e,r);if(a.ok)return a.out.toString("utf8").split("\0").filter(Boolean);if(!n){o(`genspend: scan skipped: the base ${r} is not in the checkout and there is no token to ask GitHub for the PR's files`);return}return(await n.prFiles(i)).filter(c=>uE.has(c.status)).map(c=>c.path)}async function lE(e,t,n,r){let i=await e(["show",`${n}:${r}`]),o=null;return i.ok?o=i.out:t&&(o=await t.file(r,n)),o===null?null:(ni(o.length,r,fg),Nn(o,r,fg))}var Cu=e=>JSON.stringify([e.file,e.provider,e.model,e.call,e.task??""]);async function kw(e){let t=f=>e.toolkit.info(f),n=await cE(e.git,e.diff,e.api,e.baseSha,e.pr,t);if(!n)return;let r=si(e.manifests.flatMap(f=>f.scan?.exclude??[])),i=n.filter(f=>lg(f)&&!r(f));i.length>dg&&(t(`genspend: the PR changes ${i.length} files the scan reads; the first ${dg} were scanned`),i=i.slice(0,dg));let o=[],s=new Map,{scanFile:a}=i.length?await import("./scanner.js"):{scanFile:void 0};for(let f of i){let p;try{p=or(sE(e.workspace),f,fg)}catch(g){t(`genspend: not scanned: ${f}: ${g.message}`);continue}let m=a(f,p);if(m.problem&&t(`genspend: not scanned: ${f}: ${m.problem}`),!m.sites.length)continue;o.push(...m.sites);let b=null;try{b=await lE(e.git,e.api,e.baseSha,f)}catch(g){t(`genspend: ${f} could not be read at the base (${g.message}): every call in it counts as new`)}if(b!==null)for(let g of a(f,b).sites)s.set(Cu(g),(s.get(Cu(g))??0)+1)}let c=o.filter(f=>{let p=s.get(Cu(f))??0;return p>0?(s.set(Cu(f),p-1),!1):!0}),u=qh(c,e.manifests,{catalog:e.catalog,...e.rule?{undeclared:e.rule}:{}}),l=u.rule==="off"?[]:u.calls.filter(f=>f.status==="undeclared");return t(`genspend: scanned ${i.length} changed file(s): ${c.length} new model call(s), ${l.length} undeclared (undeclared: ${u.rule})`),{added:l,rule:u.rule,files:i.length}}var $w=65536,Aw=1e6,Sw=e=>e.length,Rw=e=>Buffer.byteLength(e,"utf8"),Nu="## genspend: projected spend",Iw=(e,t)=>t&&e.startsWith(Nu)?`${Nu} (${Ae(t)})${e.slice(Nu.length)}`:e;function Pw(e,t){return Iw(e.hasBase?Ch(e.diff,e.head,e.budget,t.subject):Oh(e.head,e.budget),t.tag)}function mg(e,t,n){if(n.measure(e)<=n.limit)return e;let r=fE(t,n),i=Iw(pE(t,n,e),n.tag),o=n.limit-n.measure(r)-1;return`${n.measure(i)<=o?i:mE(i,{...n,limit:o})}
${r}`}var dE=1e3;function fE(e,t){let[n,...r]=mu(e.budget),i=e.budget.reasons.filter(u=>u.level==="fail").length,o=[n],s=t.measure(n)+1,a=0;for(let u of r.slice(0,i)){let l=Ew(u,dE,t.measure);if(s+t.measure(l)+1>t.limit/2)break;o.push(l),s+=t.measure(l)+1,a++}a<i&&o.push(`- \u2026 and ${i-a} more failing rule${i-a===1?"":"s"}: see ${t.fullReportAt}`);let c=r.length-i;return c&&o.push(`- ${c} warning${c===1?"":"s"}: see ${t.fullReportAt}`),[...o,""].join(`
`)}function Ew(e,t,n){if(n(e)<=t)return e;let r=Math.min(e.length,t-1);for(;r>0&&n(e.slice(0,r))>t-1;)r=Math.floor(r*.9);return r>0&&/[\uD800-\uDBFF]/.test(e[r-1])&&r--,`${e.slice(0,r)}\u2026`}var _w=(e,t)=>`${se(e,{sign:!0})}${t?` (${Dt(t,{sign:!0})})`:""}`;function pE(e,t,n){let{diff:r,head:i}=e,o=r.manifests.reduce((c,u)=>c+(u.head?.workloads.length??0),0),s=r.manifests.reduce((c,u)=>c+(u.head?.workloads.filter(l=>l.cost===null).length??0),0),a=e.hasBase?["| Manifest | Base | Head | Change |","|---|---:|---:|---:|",...r.manifests.map(c=>{let u=ko(c);return`| ${Ae(c.file)}${u} | ${se(c.baseTotal)} | ${se(c.headTotal)} | ${_w(c.delta,c.deltaPercent)} |`}),`| **Total** | **${se(r.baseTotal)}** | **${se(r.headTotal)}** | **${_w(r.delta,r.deltaPercent)}** |`]:[`| Manifest | Cost / ${i.period} |`,"|---|---:|",...r.manifests.map(c=>`| ${Ae(c.file)} | ${se(c.headTotal)} |`),`| **Total** | **${se(r.headTotal)}** |`];return[Nu,"",e.hasBase?Qr(r,i.period,t.subject):`**${se(i.total)} per ${i.period}** across ${o} workload${o===1?"":"s"}.`,"",...a,"",`> Totals per manifest only: the full report (${o.toLocaleString("en-US")} workloads, ${n.length.toLocaleString("en-US")} characters) is over ${t.limitName}. Line items, assumptions and the unpriced list are in ${t.fullReportAt}.`,...s?["",`**${s} workload${s===1?"":"s"} could not be priced** and are not in the totals.`]:[],""].join(`
`)}function mE(e,t){let{limit:n,measure:r}=t,i=e.split(`
`),o=`
> \u2026 cut here: this report is over ${t.limitName}. The full report is in ${t.fullReportAt}.
`,s=n-r(o)-2,a=0,c=(f,p)=>{if(p-a-1<=0)return;let m=Ew(f,p-a-1,r);return a+=r(m)+1,m},u=[];for(let f=i.length-1;f>=0;f--){let p=c(i[f],Math.floor(s/3));if(p===void 0||(u.unshift(p),p!==i[f]))break}let l=[];for(let f=0;f<i.length-u.length;f++){let p=c(i[f],s);if(p===void 0||(l.push(p),p!==i[f]))break}return[...l,o,...u].join(`
`)}function hE(e){if(e.rule==="unpriced")return`${e.workloads.length} unpriced workload${e.workloads.length===1?"":"s"}`;if(e.actual===void 0||e.threshold===void 0)return"an unknown amount";let t=e.actual.minus(e.threshold);return e.rule==="maxIncreasePercent"?`${t.toFixed(1)} percentage points`:se(t)}function Tw(e){return e.reasons.filter(t=>t.level==="fail").map(t=>`genspend: budget rule failed: ${t.rule} by ${hE(t)} (${ir(t)}: ${t.message})`).join(`
`)}function Ow(e){return e.manifests.some(t=>!t.base||!t.head||!t.delta.isZero()||t.workloads.some(n=>n.status!=="unchanged"))}async function Cw(e){let{toolkit:t}=e;try{let n=pw(y=>t.getInput(y));n.token&&t.setSecret(n.token);let r=lw(e.env,e.readFile,e.cwd),i=n.token&&r.repo?e.github(n.token,r.repo):void 0,o=n.baseRef??r.pr?.baseSha,s=r.pr&&o?pg(e.git(r.workspace),o):void 0,{priced:a,prefix:c,manifests:u,catalog:l}=await bE(n,r,e,i),f=r.pr?await kw({workspace:r.workspace,git:e.git(r.workspace),...s?{diff:s}:{},api:i,baseSha:n.baseRef??r.pr.baseSha,pr:r.pr.number,manifests:u,catalog:l,rule:n.undeclared,toolkit:t}):void 0,p=a.hasBase?Qr(a.diff,a.head.period,r.pr?"This PR":void 0):`Projected spend: ${se(a.head.total)} per ${a.head.period} (an estimate: no base to compare with).`;t.info(`genspend: ${p}`);for(let y of a.budget.reasons)t.info(`genspend: ${y.level} (${y.rule}, ${ir(y)}): ${y.message}`);bw(t,a,gw(r.tempDir,a));let m={subject:r.pr?"This PR":void 0,tag:n.tag},b=Pw(a,m)+wE(f);await ug(t,mg(b,a,{...m,limit:Aw,measure:Rw,limitName:"GitHub's 1 MiB limit for a job summary",fullReportAt:"the JSON report (the `report-path` output)"})),ow(a.budget,a.diff,t,c),f&&xE(f,t),await vE(t,n,r,a,i,b);let g=a.budget.verdict,w=f!==void 0&&f.rule==="fail"&&f.added.length>0,v=w?`genspend: this PR adds ${f.added.length} model call${f.added.length===1?"":"s"} that no genspend.yml declares (undeclared: fail)`:"";return g==="fail"?{verdict:g,message:[Tw(a.budget),v].filter(Boolean).join(`
`)}:w?{verdict:"fail",message:v}:{verdict:g}}catch(n){let r=e.env.GITHUB_WORKSPACE||e.cwd;return Tu(t,n,i=>e.exists(gE(r,i)))}}async function bE(e,t,n,r){let i=await Jv(t.workspace,e.manifests),o=e.baseRef??t.pr?.baseSha,s=n.git(t.workspace),a=o?ag(s,o):void 0,c=Yv(t.workspace,i),u=o?await ew({ref:o,headFiles:i,matches:Xv(e.manifests),git:s,...a?{started:a}:{},api:r,log:p=>n.toolkit.info(p)}):void 0;if(u&&n.toolkit.info(`genspend: read ${u.manifests.length} manifest(s) at the base ${o} (${u.via})`),i.length===0&&!u?.manifests.length)throw new Z(`no manifest matches ${e.manifests.map(p=>`\`${p}\``).join(", ")} in ${t.workspace}`,void 0,"set the `manifests` input to the path or glob of your genspend.yml, relative to the repository root, and check the repository out first");let l=await vw({workspace:t.workspace,file:e.prices.file,explicit:e.prices.explicit,base:u,...t.pr?{subject:"PR"}:{}});for(let p of l.log)n.toolkit.info(p);let f=_h({head:c,...u?{base:{manifests:u.manifests,unreadable:u.unreadable}}:{},pr:e.pr,...t.pr?{subject:"PR"}:{},catalog:l.catalog});return yE(f,e.maxPriceAge,n),{priced:{...f,budget:oh(f.budget,l.reason)},prefix:u?.prefix??"",manifests:c,catalog:l.catalog}}function yE(e,t,n){let r=(n.now?.()??new Date).toISOString().slice(0,10),i=new Set;for(let o of e.head.manifests.flatMap(s=>s.workloads))for(let s of o.lines){let a=rh(s.rate.checkedAt,r,t),c=`${o.provider}\0${o.model}\0${s.charge}`;if(a===void 0||i.has(c))continue;i.add(c);let u=s.rate.priceSource==="catalog"?`update genspend, or run \`genspend prices sync ${o.provider}\``:`run \`genspend prices lock\` and commit ${s.rate.priceSource}`;n.toolkit.warning(`genspend: the ${o.provider} price of ${o.model??"-"} (${s.charge}) was last checked ${s.rate.checkedAt}, ${a} days ago: ${u}`)}}async function vE(e,t,n,r,i,o){if(t.comment==="off")return;if(!n.pr){e.info(`genspend: no PR comment on a ${n.eventName||"non-pull_request"} event (estimate only)`);return}if(!i){e.warning("genspend: no PR comment: the `github-token` input is empty (or GITHUB_REPOSITORY is not set)");return}let s=t.commentOn==="always"||t.commentOn==="failure"&&r.budget.verdict==="fail"||t.commentOn==="change"&&Ow(r.diff),a=Ou(t.tag,n.run),c=mg(o,r,{subject:"This PR",tag:t.tag,limit:$w-a.length-1,measure:Sw,limitName:"GitHub's 65,536-character limit for a comment",fullReportAt:"the job summary of this run"});try{let u=await aw(i,{issue:n.pr.number,tag:t.tag,run:n.run,body:c,mode:t.comment,wanted:s});if("why"in u)e.info(`genspend: PR comment not written: ${u.why}`);else{let l=u.hidden?`, hid ${u.hidden} older`:u.deleted?`, deleted ${u.deleted} older`:"";e.info(`genspend: PR comment ${u.kind}${l}${u.url?`: ${u.url}`:""}`)}}catch(u){let l=Fn(u);if(l===403||l===404){let f=n.pr.fork?"this pull request comes from a fork, and GitHub gives fork workflows a read-only token":"the token cannot write to pull requests (give the job `permissions: pull-requests: write`)";e.warning(`genspend: no PR comment (HTTP ${l}): ${f}. The job summary, annotations and verdict still apply. To comment on fork PRs, post the report from a separate \`workflow_run\` workflow (see the README).`)}else e.warning(`genspend: no PR comment: ${u.message}`)}}function wE(e){return e?.added.length?`
`+Uh(e.added,e.rule):""}function xE(e,t){for(let n of e.added.slice(0,10)){let r=n.quote.cost===null?`unpriced: ${n.quote.reason??"unknown"}`:`${se(n.quote.cost)} per call`,i=`${n.site.provider} ${n.site.model??"(model computed in the code)"} is called here (${n.site.call}), and no genspend.yml declares it (${r}). Declare it as a workload, or mark the call \`genspend: <workload>\` or \`genspend-ignore\` in a comment.`,o={title:"genspend: undeclared model call",file:n.site.file,startLine:n.site.line};e.rule==="fail"?t.error(i,o):t.warning(i,o)}e.added.length>10&&t.info(`genspend: ${e.added.length-10} more undeclared call annotations not shown; see the PR comment`)}async function Nw(e){let t;try{t=fw(r=>e.toolkit.getInput(r))}catch(r){return Tu(e.toolkit,r,i=>e.exists(kE(e.env.GITHUB_WORKSPACE||e.cwd,i)))}if(t==="gate")return Cw(e);if(t==="reconcile"){let{reconcileMode:r}=await import("./reconcile.js");return r(e)}let{balanceMode:n}=await import("./balance.js");return n(e)}var SE=2,RE={getInput:e=>_g(e),info:e=>Rg(Eh(e)),warning:(e,t)=>Sg(Cn(e),t),error:(e,t)=>Hu(Cn(e),t),debug:e=>Ku(e),setOutput:(e,t)=>$g(e,t),writeSummary:async e=>{await Zu.addRaw(e,!0).write()},setSecret:e=>kg(e)};async function Dw(){try{let e=await Nw({toolkit:RE,env:process.env,cwd:process.cwd(),readFile:t=>AE(t,"utf8"),exists:$E,git:Qv,github:(t,n)=>iw(async()=>rw((await import("./github.js")).getOctokit(t),n)),uuid:_E,now:()=>new Date});Fw(e)}catch(e){Ku(e instanceof Error&&e.stack?e.stack:String(e)),Fw({verdict:"error",message:`genspend could not run: internal error: ${e instanceof Error?e.message:String(e)}`})}}function Fw(e){(e.verdict==="fail"||e.verdict==="error")&&Ag(e.message.split(`
`).map(Cn).join(`
`)),e.verdict==="error"&&(process.exitCode=SE)}await Dw();
//# sourceMappingURL=index.js.map
