"""holdout222, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="county-forum-suchuan-balcony-grill-smoke",
        site="涑川论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.suchuan.net/thread-560218-1-1.html",
        title="楼下天天在阳台用烧烤架烤串，油烟熏得我家没法开窗",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; county forum with a weather line, medals, jammer "
        "fonts, a decoration ad, a forward-to-department link; posted '2 天前' only: no date",
        page="""
<html><head><meta charset="utf-8">
<title>邻里之间 - 涑川论坛 - Powered by Discuz!</title>
<style>.jm{display:none}</style>
</head><body>
<div class="tb">⟦m 涑川论坛 - 涑川人的网上家园⟧　⟦m 今日涑川：多云 14～23℃ 东南风2级⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册新用户⟧</a></div>
<div class="pt">⟦m 涑川论坛 › 民生百态 › 邻里之间⟧</div>
<div class="ad">⟦d 涑川家装节：全屋定制满两万送油烟机，电话 0856-7730888⟧</div>
<div class="post"><div class="author">⟦m 槐树巷的猫　勋章：热心市民 · 老坛友⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="time">⟦m 发表于 2 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="forward">⟦l 本帖已转交县城管局处理，点击查看官方回复⟧</div>
<div class="po">⟦a 回复　引用　支持(126)　举报⟧</div></div>
<div class="reply">⟦l 板凳：嵝苑老住户 —— 我们小区也有，晚上十二点还在烤⟧</div>
<div class="ft">⟦m 涑川论坛　黔ICP备12003871号-1　站务QQ：3307129486⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我家住峧桥街道洇园小区三楼，楼下二楼的住户从今年五月开始，几乎每天晚上都在阳台上支烧烤架烤串。
炭火一点，浓烟顺着外墙往上冒，我家卧室的窗户根本不敢开。家里老人有哮喘，这几天咳得厉害。上门沟通过两次，对方说在自己家阳台，别人管不着。
我想问问大家：在住宅阳台上用炭火烧烤架，到底合不合规定？物业说管不了，这种情况应该找社区、城管还是消防？
另外也提醒各位邻居，阳台堆着杂物，用炭火烧烤真的很危险，万一火星飞到楼上晾的衣服上，后果不堪设想。
""",
    ),
    dict(
        slug="county-forum-xieyuan-found-poles",
        site="渫源生活网 论坛 (invented, county forum, text copy)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.xieyuanlife.com/t/90412",
        title="周日在嵬岭步道捡到一对登山杖，失主速联系",
        record_title="[拾到物品] 周日在嵬岭步道捡到一对登山杖，失主速联系 - 寻人寻物 - 渫源生活网",
        date=None,
        notes="county forum text copy: junk glued after sentences; the poster's own phone in the body; "
        "posted '昨天 19:02' only: no date",
        page="""
!m 渫源生活网 › 论坛 › 寻人寻物
!t [拾到物品] 周日在嵬岭步道捡到一对登山杖，失主速联系
!m 发帖人：磉塘跑山人　　昨天 19:02　　浏览 1877　回复 23
{BODY}
!l 沙发：热心的渫源人 —— 帮顶，希望失主早点看到
!l 板凳：跑山人 —— 已经找到失主了吗？
!a 快速回复　｜　分享到朋友圈
!d 渫源生活网所发帖子仅代表网友个人观点，与本站无关
""",
        junk=dict(lines=0, glued=3),
        body="""
周日下午四点多，我从嵬岭步道下山，在第二个观景台的长椅旁边捡到一对登山杖。两根都是黑色的，杖身贴着红色反光条，腕带上用记号笔写了一个“林”字。
我在观景台等了半个多小时，没人回来找，天快黑了就先带下山了。估计失主是上山时歇脚忘拿了。
请失主说出登山杖的品牌和杖身上的其他记号，核对无误后即可领回。我家在磉塘镇街上，白天一般都在。联系电话：138 7741 2096（打不通请发短信）。
也提醒跑山的朋友们，歇脚起身时回头看一眼，别把东西落下。
""",
    ),
    dict(
        slug="download-moxia-tent-area-rules",
        site="墨匣资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.moxiazl.com/soft/zhidu/14470.html",
        title="露营地帐篷区安全管理规程",
        record_title="露营地帐篷区安全管理规程（第二次修订）[DOC格式] - 墨匣资料站",
        date=None,
        notes="old table layout: a file-info table, three download links, an unzip password, a dead-link report "
        "and a floating ghost-writer ad; rules with 第N条 that speak of 扫码 as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>露营地帐篷区安全管理规程（第二次修订）[DOC格式] - 墨匣资料站</title>
<script src="/js/down.js"></script>
</head><body>
<table width="980" align="center" border="0"><tr><td>⟦m 墨匣资料站 — 规章制度 · 合同范本 · 办公模板⟧</td><td align="right"><a>⟦a 加入墨匣收藏⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：墨匣首页 → 规章制度 → 安全管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" bordercolor="#CCCCCC">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td width="120">⟦m 资料体积：⟧</td><td>⟦m 36 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m DOC / 简体中文⟧</td></tr>
<tr><td>⟦m 入库时间：⟧</td><td>⟦m 2025-06-30 08:41⟧</td></tr>
<tr><td>⟦m 运行环境：⟧</td><td>⟦m WPS / Office 2010及以上⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：⟧</td><td><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 移动备用下载⟧</a></td></tr>
<tr><td colspan="2">⟦a 解压密码：www.moxiazl.com⟧</td></tr>
<tr><td colspan="2"><a>⟦a 下载地址失效？点此向站长报告⟧</a></td></tr>
</table>
<div style="position:absolute;right:0;top:200px">⟦w 规章制度定制编写，加站长QQ 1470388256⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，仅供交流学习，请于下载后24小时内删除。⟧<br>⟦m 墨匣资料站 版权所有 冀ICP备16020913号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强露营地帐篷区安全管理，保障游客人身和财产安全，制定本规程。
第二条　帐篷区实行入营登记制度。游客入营时须扫码登记姓名、联系电话和帐篷位置编号，营地按编号分配营位。
第三条　帐篷之间间距不得小于三米，帐篷与河道、陡坎的距离不得小于二十米。
第四条　帐篷区内严禁明火。烧烤、炊事须在指定的集中用火区进行。
第五条　遇六级以上大风或暴雨预警，营地应广播通知游客加固或撤收帐篷，必要时组织人员转移至服务中心。
第六条　营地管理员每晚二十二时、次日六时各巡查一次，发现地钉松动、风绳断裂的，及时提醒游客处理。
第七条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-jianhai-host-script-camping-fest",
        site="笺海资料下载 (invented, text copy)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.jianhaizl.cn/down/zhuchici/20250512_8831.html",
        title="洄山县首届亲子露营节开幕式主持词",
        record_title="洄山县首届亲子露营节开幕式主持词.doc",
        date=None,
        notes="file-name record title; a download page's file box and download buttons; a host script "
        "with no date",
        page="""
!m 笺海资料下载　｜　主持词 · 致辞 · 讲话
!m 资料名称：洄山县首届亲子露营节开幕式主持词.doc
!m 资料大小：22KB　　授权：免费　　下载：361次　　推荐：★★★★
{T}
{BODY}
!a ↓ 本地下载　　↓ 网盘下载
!d 温馨提示：资料来自网友分享，仅供参考，请勿用于商业用途。
!l 同类资料：露营音乐节主持串词｜亲子运动会开幕式主持稿
""",
        body="""
男：尊敬的各位领导、各位家长，亲爱的小朋友们：
女：大家上午好！
男：草长莺飞，正是露营好时节。在这片美丽的河滩上，洄山县首届亲子露营节今天正式拉开帷幕。
女：本次露营节设置了帐篷搭建比赛、星空故事会、自然观察等活动，共有186个家庭报名参加。
男：首先，有请县文化和旅游局局长致辞，大家欢迎！
女：感谢局长的精彩致辞。下面进入第一个环节——亲子帐篷搭建比赛。请各个家庭到指定营位，听到哨声后开始搭建。
男：搭建时请注意安全，地钉不要对着人，小朋友不要拿着地钉奔跑。
女：朋友们，让我们一起享受这个美好的周末吧！
""",
    ),
    dict(
        slug="exam-zhuyang-firefighter-fitness-shoes",
        site="洙阳县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.zhuyang.gov.cn/kwgg/2025/0806/1127.html",
        title="洙阳县2025年政府专职消防员招聘体能测试有关事项的公告",
        record_title="〔体能测评考务须知〕洙阳县2025年政府专职消防员招聘体能测试有关事项的公告 - 洙阳县人事考试网",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the exam's own 咨询电话 "
        "beside the site's technical line; sentences about downloading and printing the 准考证; "
        "成文日期 under the signature, the page date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔体能测评考务须知〕洙阳县2025年政府专职消防员招聘体能测试有关事项的公告 - 洙阳县人事考试网</title>
</head><body>
<div class="banner-warn">⟦d 系统升级公告：8月9日22:00至次日6:00网站暂停服务⟧</div>
<div class="logo">⟦m 洙阳县人事考试网⟧</div>
<div class="menu">⟦m 考试公告⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="loc">⟦m 当前位置：首页 >> 考试公告 >> 事业单位⟧</div>
<div class="con"><h2>{T}</h2>
<p class="date">⟦m 时间：2025-08-06 16:20　浏览：4,512次⟧</p>
{BODY}
</div>
<div class="float-zkz"><a>⟦a 准考证打印入口 ＞⟧</a></div>
<div class="foot">⟦m 主办：洙阳县人力资源和社会保障局⟧<br>⟦m 网站技术咨询：0871-6613520（不解答考务问题）⟧</div>
</body></html>
""",
        body="""
根据《洙阳县2025年政府专职消防员招聘公告》，现将体能测试有关事项公告如下：
一、测试时间和地点。2025年8月16日上午8:00开始，地点为县体育中心田径场。
二、测试项目。男子1000米跑、10米×4往返跑、引体向上，女子800米跑、10米×4往返跑、仰卧起坐。
三、着装要求。考生须穿运动服和平底跑步鞋参加测试，不得穿钉鞋、皮鞋，不得佩戴手表、手环等物品。
四、准考证。请考生于8月12日至15日登录本网站下载并打印准考证，测试当天凭准考证和身份证入场。
考务咨询电话：0871-6610327（工作日9:00—17:00）
洙阳县人力资源和社会保障局
2025年8月5日
""",
    ),
    dict(
        slug="exam-xieyuan-ranger-load-climb",
        site="渫源县人事考试信息网 (invented, text copy)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xyrsks.cn/tz/2025/1020/618.html",
        title="渫源县2025年生态护林员招聘体能测评的通知",
        record_title="渫源县2025年生态护林员招聘体能测评的通知〔负重登山项目请仔细阅读〕_渫源县人事考试信息网",
        date="2025-10-20",
        notes="exam site text copy: the test rules forbid trekking poles; an exam calendar and a technical line "
        "around; 成文日期 under the signature",
        page="""
!m 渫源县人事考试信息网
!m 首页 ＞ 通知公告 ＞ 其他招聘
{T}
!m 来源：县人社局　　2025-10-20　　阅读：2,036
!a 〔打印〕〔关闭〕
{BODY}
!l 考试日历：10月26日 护林员体能测评　11月9日 社区工作者笔试
!m 技术支持：渫源县信息中心　0872-3302106
""",
        indent="\u3000\u3000",
        body="""
各位考生：
渫源县2025年生态护林员招聘体能测评定于10月26日上午在嵬岭林场进行，现将有关事项通知如下：
一、测评项目为负重登山。考生背负10公斤沙袋，沿林场防火道登山2.5公里，男性考生25分钟内、女性考生28分钟内到达终点为合格。
二、测评全程不得使用登山杖、拐杖等辅助器具，不得由他人搀扶或代背沙袋，违者成绩无效。
三、考生须穿登山鞋或跑步鞋，自备饮用水。患有心脑血管疾病等不宜剧烈运动的，请勿参加。
四、考生须于当天7:30前到林场管护站签到，迟到15分钟以上视为放弃。
渫源县人力资源和社会保障局
2025年10月20日
""",
    ),
    dict(
        slug="tender-lingzhou-relief-tents-award",
        site="崚州市公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.lingzhou.gov.cn/jyxx/zfcg/zbgg/2025/0722/30418.html",
        title="崚州市应急管理局2025年救灾帐篷储备采购项目中标结果公告",
        record_title="〖中标结果〗崚州市应急管理局2025年救灾帐篷储备采购项目中标结果公告｜崚州市公共资源交易网",
        date="2025-07-22",
        notes="tender portal: CA and trading-system lines and a countdown for another project beside the "
        "purchaser's and agency's own contacts; a lots table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖中标结果〗崚州市应急管理局2025年救灾帐篷储备采购项目中标结果公告｜崚州市公共资源交易网</title>
</head><body>
<div class="top">⟦m 崚州市公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="nav">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 信用信息⟧ ⟦m 服务指南⟧</div>
<div class="path">⟦m 交易信息 ＞ 政府采购 ＞ 中标（成交）公告⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="attr">⟦m 信息来源：崚州市政府采购中心　发布时间：2025-07-22　浏览：388⟧</div>
{BODY}
</div>
<div class="countdown">⟦l 距“嵎湖区应急物资仓库货架采购”开标还有 03 天 06 时⟧</div>
<div class="svc">⟦m CA锁办理咨询：0774-2890731⟧　⟦m 交易系统操作咨询：0774-2890735⟧</div>
<div class="foot">⟦m 崚州市公共资源交易中心　桂ICP备15006624号⟧</div>
</body></html>
""",
        body="""
一、项目编号：LZCG2025-0618
二、项目名称：崚州市应急管理局2025年救灾帐篷储备采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额
1包　12平方米单帐篷　洄山县远帆户外用品有限公司　186.40万元
2包　36平方米棉帐篷　崚州安泰应急装备有限公司　243.75万元
四、评审专家：韦明哲、黎淑贞、庞国栋、石晓燕、蒙立新
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：崚州市应急管理局　联系人：梁工　电话：0774-2861209
采购代理机构：崚州市政府采购中心　联系人：侯女士　电话：0774-2890716
崚州市政府采购中心
2025年7月22日
""",
    ),
    dict(
        slug="tender-yuhu-track-team-shoes-inquiry",
        site="嵎湖区政府采购网 (invented, text copy)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.yuhu.gov.cn/xjgg/2025/0324/1942.html",
        title="嵎湖区第一中学田径队训练跑鞋询价采购公告",
        date="2025-03-24",
        notes="record gives the title as is; the platform hotline and CA line beside the purchaser's own "
        "contact; an items table; a sentence about downloading the inquiry file; 成文日期 under the signature",
        page="""
!m 嵎湖区政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2025-03-24 10:05　　浏览次数：211
{BODY}
!m 平台服务热线：0774-2233960　　CA数字证书咨询：0774-2233968
!l 上一篇：嵎湖区疾控中心冷链设备维保服务询价公告
!l 下一篇：嵎湖区实验幼儿园户外玩具采购成交公告
!d 本网站所载采购信息仅供参考，以采购文件为准。
""",
        body="""
嵎湖区第一中学拟对田径队训练跑鞋进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品目　数量　技术要求
中长跑训练鞋　40双　中底回弹，鞋底耐磨防滑，尺码按名单配置
短跑训练鞋　30双　鞋面透气，后跟稳定，不含钉鞋
二、报价方式：供应商请于3月25日至3月28日登录本网站下载询价文件，按要求密封报价。
三、报价截止时间：2025年3月31日上午9:30。
四、联系方式：采购人嵎湖区第一中学，联系人：覃老师，电话：0774-2247031。
嵎湖区第一中学
2025年3月24日
""",
    ),
    dict(
        slug="lawfirm-hengyan-carpool-child-seat",
        site="崚州衡言律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.hengyanlaw.cn/anli/jiaotong/2025/0913/276.html",
        title="顺风车上孩子未坐安全座椅受伤，责任怎么分？",
        record_title="衡言·以案说理 ↣ 顺风车上孩子未坐安全座椅受伤，责任怎么分？- 衡言律所",
        date=None,
        notes="law-firm page: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; "
        "a case note with a year only inside its text: no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>衡言·以案说理 ↣ 顺风车上孩子未坐安全座椅受伤，责任怎么分？- 衡言律所</title>
</head><body>
<div class="hd">⟦m 崚州衡言律师事务所⟧ ⟦m 全国咨询热线 400-870-2635⟧</div>
<div class="nav">⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 业务领域⟧ ⟦m 典型案例⟧ ⟦m 联系我们⟧</div>
<div class="pos">⟦m 首页 - 典型案例 - 交通事故⟧</div>
<div class="case"><h1>{T}</h1>
<div class="meta">⟦m 分类：交通事故　阅读：1,260⟧</div>
{BODY}
<div class="link">⟦m 本文链接：https://www.hengyanlaw.cn/anli/jiaotong/2025/0913/276.html⟧</div>
<div class="repost">⟦d 转载请注明出处并保留本文链接，否则视为侵权。⟧</div></div>
<div class="lawyer-card">⟦m 主办律师：甘启文　执业证号 14512201710962017⟧ ⟦a 向他咨询⟧</div>
<div class="float">⟦w 交通事故赔偿免费评估，留下电话律师回电⟧</div>
<div class="foot">⟦m 地址：崚州市嵎湖区金融街8号国泰大厦17楼⟧ ⟦m 桂ICP备19002271号⟧</div>
</body></html>
""",
        body="""
【案情】2024年春节前，李女士通过顺风车平台搭乘车主王某的车回老家，随行的4岁儿子由她抱着坐在后排。途中王某追尾前车，孩子头部撞上前排座椅靠背，造成轻微脑震荡。李女士要求王某赔偿全部损失。
【法院观点】法院审理认为，王某驾车未与前车保持安全距离，对事故负全部责任，应当承担赔偿责任。同时，李女士作为监护人，带4岁幼儿乘车未使用儿童安全座椅，对损害的扩大存在过错，可以适当减轻王某的责任。最终判决王某承担80%的赔偿责任。
【律师提示】家长带孩子乘坐顺风车、网约车，最好自带便携式安全座椅或增高垫。车主在接单时如果发现乘客带有幼儿，也可以善意提醒，减少纠纷。
""",
    ),
    dict(
        slug="lawfirm-zhengyue-collapsed-rental-tent",
        site="涔溪正岳律师事务所 (invented, text copy)",
        style="律所网站",
        genre="律师解答",
        kind="other",
        form="text",
        source="http://www.zhengyuelaw.com/wenda/2025/0606/88.html",
        title="租来的帐篷夜里塌了砸伤人，营地要担责吗？",
        record_title="「正岳说法」租来的帐篷夜里塌了砸伤人，营地要担责吗？- 正岳律师事务所",
        date=None,
        notes="law-firm text copy: a lawyer card, a free-consult prompt between paragraphs, a 400 line; "
        "an answer without a date",
        page="""
!m 涔溪正岳律师事务所　专业 · 务实 · 守信
!m 网站首页 ＞ 法律问答 ＞ 消费维权
{T}
!m 解答律师：龙雅琴　｜　阅读 733
{BODY}
!m 龙雅琴律师　执业证号 14301202211230085　擅长：消费维权、人身损害赔偿
!w 您的情况不一样？拨打 400-766-0519 或在线留言，律师一对一解答
!l 相关问答：景区游玩受伤谁来赔？｜网购帐篷质量差能退吗？
!m Copyright © 涔溪正岳律师事务所　湘ICP备20014409号
""",
        body="""
问：上个月我们一家在河边露营地租了一顶帐篷，夜里起风，帐篷的支撑杆突然折断，砸伤了我爱人的额头，缝了五针。营地说是天气原因，不肯赔，我们该怎么办？
答：营地出租帐篷，既是经营者，也是场所管理者，应当保证出租的帐篷安全可靠，并尽到合理的安全保障义务。
⟦w 想知道您的案子能赔多少？点这里，律师免费算一算⟧
如果当晚的风力在正常范围内，帐篷支撑杆却发生折断，说明帐篷本身可能存在质量问题或维护不当，营地应当承担赔偿责任。营地主张天气原因免责的，需要证明当时出现了无法预见、无法避免的极端天气。
建议您保留租赁凭证、折断的支撑杆、现场照片和病历票据，先与营地协商；协商不成，可以向市场监管部门投诉或向法院起诉。
""",
    ),
]
