"""holdout251, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-suixi-road-drying-complaint-jammer",
        site="穟溪生活网·穟溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.suixilife.example.com/thread-419027-1-1.html",
        title="又见公路晒谷，开车差点压上去",
        record_title="[路况吐槽] 又见公路晒谷，开车差点压上去 - 穟溪论坛 - 穟溪生活网",
        date=None,
        notes="county forum: weather line, medals, a decoration ad between the post and the replies, a 'forwarded to the "
        "transport bureau' link, jammer-font junk; post time relative (5 天前), no date",
        page="""
<html>
<head><meta charset="gbk"><title>[路况吐槽] 又见公路晒谷，开车差点压上去 - 穟溪论坛 - 穟溪生活网</title>
<style>.jammer{display:none}</style></head>
<body>
<div class="top">⟦m 穟溪生活网⟧　⟦m 穟溪今日 多云 19~27℃ 东南风2级⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册穟溪通行证⟧</a></div>
<div class="nav">⟦m 首页 | 穟溪论坛 | 房产 | 招聘 | 二手 | 便民电话⟧</div>
<div class="pt">⟦m 穟溪生活网 › 穟溪论坛 › 民生吐槽⟧</div>
<table class="post"><tr>
<td class="author">⟦m 稂坪夜归人⟧<br>⟦m 勋章：老乡见闻 热心网友⟧<br>⟦m 帖子 233　金币 1870⟧</td>
<td class="msg">
<h1>⟦t [路况吐槽] 又见公路晒谷，开车差点压上去⟧</h1>
<div class="authi">⟦m 发表于 5 天前　|　查看 6021　|　回复 48⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official"><a>⟦a 本帖已转交县交通运输局，点此查看官方回复⟧</a></div>
</td></tr></table>
<div class="ad">⟦m 【广告】穟溪家装节　全包套餐直降八千　电话 0736-4899166⟧</div>
<div class="reply">⟦l 2楼　秠口老司机：支持！上周我也碰上了，一脚刹车差点追尾⟧</div>
<div class="reply">⟦l 3楼　墁田阿妹：我家就在路边晒过，今年村里让进学校操场了⟧</div>
<div class="fastpost">⟦a 快速回帖需先登录　|　发帖须知⟧</div>
<div class="footer">⟦m 穟溪生活网 版权所有　客服QQ：1849305527　滇ICP备13004420号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
昨天傍晚开车从墁田回县城，过了稂坪路口那个弯，半边路都是谷子，还有两张晒谷席横在路中间，差点直接压上去，吓出一身冷汗。
我知道大家收谷子不容易，家里没晒场。可公路是车走的，晚上没路灯，谷子和路面一个颜色，根本看不清。去年隔壁镇就有骑摩托的在谷堆上滑倒，腿摔断了。
听说今年县里给困难户发了晒谷席，村部和学校操场也能晒，希望村干部多跑几趟，把这些席子都挪到晒场上去。
也请开车的朋友这段时间过村道慢一点，尤其是傍晚收谷的时候。
""",
    ),
    dict(
        slug="localforum-juchuan-belt-repair-subject-title",
        site="秬川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.jcol.example.cn/forum.php?mod=viewthread&tid=88213",
        title="镇上还有修皮带的老师傅吗？",
        record_title=None,
        date=None,
        notes="county forum as text, no title in the record: the thread subject on the page; weather line, medals, replies "
        "and a moving-company ad; post time 前天, no date",
        page="""
!m 秬川在线论坛　｜　今日 阴转小雨 14~20℃
!m 论坛首页 » 便民求助 » 正文
{T}
!m 楼主：老屋檐下　勋章：热心乡邻　发表于 前天 20:13　查看 1104　回复 12
{BODY}
!l 2楼　秠口街坊：还在！菜市场搬到新街了，他在新市场北门口，下午才出摊
!l 3楼　老屋檐下：@秠口街坊 太感谢了，周末就去
!m 【推广】秬川顺达搬家　长短途　电话 0731-7630088
!a 回复本帖　收藏　分享到微信
!m 秬川在线　版权所有
""",
        indent="",
        body="""
家里老爷子那条皮带用了快二十年，带扣的铆钉松了，皮子倒还好好的。他舍不得扔，非让我找人修。
问了县城几家卖皮具的店，都说只卖新的不修旧的，最便宜的换扣也要八十块，还得把皮带寄回厂家。
记得以前秠口老街菜市场门口有个摆摊的老师傅，补鞋、修包、换皮带扣都做，不知道现在还在不在？
有知道的朋友麻烦说一声，最好留个大概位置，周末我带老爷子去一趟。先谢谢大家了！
""",
    ),
    dict(
        slug="download-haoliao-belt-cutting-safety-rules-doc",
        site="好料下载站 (invented, old gb2312 file-info layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.haoliaoxz.example.com/soft/aq/12207.html",
        title="皮带裁断工序安全操作规程",
        record_title="皮带裁断工序安全操作规程.doc",
        date=None,
        notes="old download-station layout: file-info table (size, update stamp, downloads, rating), three download links, "
        "an unzip password, a dead-link report and a ghost-writer float; rules with 第N条, one that speaks of scanning a "
        "QR code and printing (content); no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>皮带裁断工序安全操作规程.doc - 好料下载站</title>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 好料下载站 · 工作资料一站齐⟧</td><td align="right">⟦a 把好料加入收藏⟧</td></tr></table>
<table width="950" align="center"><tr><td class="nav">⟦m 首页 | 安全生产 | 制度规程 | 合同范本 | 表格模板⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：好料下载站 → 安全生产 → 操作规程⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>⟦t 皮带裁断工序安全操作规程.doc⟧</b></td></tr>
<tr><td>⟦m 文件大小：26 KB⟧</td><td>⟦m 更新时间：4 天前⟧</td></tr>
<tr><td>⟦m 文件格式：Word文档⟧</td><td>⟦m 累计下载：1392 次⟧</td></tr>
<tr><td>⟦m 资料等级：★★★★⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<div class="yulan">⟦m 【资料预览】⟧</div>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>
⟦a 下载点①：电信高速⟧　⟦a 下载点②：联通高速⟧　⟦a 下载点③：本地备用⟧<br>
⟦a 解压密码：haoliao.example.com⟧<br>
⟦a 下载不了？点这里报告死链⟧
</td></tr></table>
<div style="position:absolute;right:0;top:300px">⟦w 代写各类规章制度 QQ 2214870395⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供学习参考，如有侵权请来信删除。⟧<br>⟦m 好料下载站　闽ICP备09031187号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范皮带裁断工序操作，防止机械伤害，制定本规程。
第二条　操作人员须经岗前培训合格，持证上岗；未满十八周岁人员不得从事裁断作业。
第三条　开机前检查裁断机双手按钮、急停开关和防护光幕是否完好，发现异常立即报修，严禁带病运行。
第四条　裁断时双手不得伸入刀模下方，放料、取料须使用推料板；连续作业两小时应停机休息十分钟。
第五条　每班结束后清理刀模和台面，扫描机台二维码填写点检记录，每月由车间打印汇总后交安全员存档。
第六条　本规程由生产部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-baice-drying-mat-contract-template",
        site="百册资料站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.baicezl.example.net/hetong/maimai/6630.html",
        title="晒谷席买卖合同（范本）",
        record_title="晒谷席买卖合同（范本）[Word版] 免费下载 - 百册资料站",
        date=None,
        notes="a download station as text: a contract template with ×× placeholders, 第N条 articles and ＿＿年＿＿月＿＿日 "
        "blanks; a member-download line between articles; file info and download buttons; no date",
        page="""
!m 百册资料站　—　合同范本 · 表格 · 制度
!m 首页 > 合同范本 > 买卖合同
!t 晒谷席买卖合同（范本）[Word版] 免费下载
!m 格式：DOCX　大小：18KB　下载：877次　更新：上周
{BODY}
!a 【立即下载】　【加入资料篮】　【纠错】
!l 相关范本：竹制品加工承揽合同 / 农资采购合同（通用版） / 粮食烘干服务协议
!d 范本仅供参考，签约前请结合实际情况并咨询专业人士。
!m 百册资料站 baicezl.example.net
""",
        body="""
甲方（买方）：××村股份经济合作社
乙方（卖方）：××竹编专业合作社
经双方协商，就甲方向乙方购买晒谷席事宜，订立本合同。
第一条　产品规格：竹编晒谷席，长＿＿米、宽＿＿米，数量＿＿张，单价＿＿元，合计金额＿＿元。
第二条　质量要求：篾片均匀、编织紧密，无霉变、无虫蛀，平铺后不漏谷。
⟦a 百册VIP可下载不带水印的可编辑版⟧
第三条　交货时间和地点：乙方于＿＿年＿＿月＿＿日前将货物送至甲方指定地点。
第四条　付款方式：货到验收合格后十日内，甲方一次性付清货款。
第五条　违约责任：乙方逾期交货的，每日按合同金额的千分之三支付违约金。
甲方（签章）：　　　　乙方（签章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="examsite-tingzhou-embroidery-skill-test-notice",
        site="鞓州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tzrsks.example.cn/jnjd/2024/1009/5108.html",
        title="关于2024年刺绣工职业技能等级认定考核有关事项的通知",
        record_title="【技能认定】关于2024年刺绣工职业技能等级认定考核有关事项的通知 - 鞓州人事考试网",
        date="2024-10-09",
        notes="personnel-exam site: maintenance banner, an admission-ticket float, a technical-support line beside the "
        "centre's own 咨询电话; candidates told to download and print the admission ticket and bring their own "
        "embroidery needles (content); a two-row timetable; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>【技能认定】关于2024年刺绣工职业技能等级认定考核有关事项的通知 - 鞓州人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统升级公告：本网站将于每周日凌晨1:00—5:00进行维护，届时暂停访问⟧</div>
<div class="head">⟦m 鞓州人事考试网⟧　⟦m 鞓州市人力资源和社会保障局主办⟧</div>
<div class="menu">⟦m 首页　考试动态　报名入口　成绩查询　证书领取　政策法规⟧</div>
<div class="where">⟦m 您现在的位置：首页 > 考试动态 > 技能认定⟧</div>
<h1>⟦t 【技能认定】关于2024年刺绣工职业技能等级认定考核有关事项的通知⟧</h1>
<div class="info">⟦m 发布日期：2024-10-10　来源：市职业技能鉴定中心　访问量：3307⟧</div>
<div class="text">
{BODY}
</div>
<div class="float-right"><a>⟦a 准考证打印入口 →⟧</a></div>
<div class="foot">⟦m 网站技术支持：0735-8261999（仅限网站使用问题）⟧<br>⟦m 鞓州市人力资源和社会保障局　赣ICP备08001957号⟧</div>
</body>
</html>
""",
        date_also=["2024-10-10"],
        body="""
各位考生：
2024年刺绣工（四级、三级）职业技能等级认定考核定于10月26日举行。现将有关事项通知如下：
一、考核地点：鞓州市技师学院实训楼三楼刺绣实训室。
二、准考证打印：考生请于10月20日至25日登录本网站下载打印准考证，凭准考证和身份证入场。
三、自备工具：考生须自带绣花针（8号至12号各一套）、绣绷、剪刀和顶针；丝线和绣布由考点统一提供。
四、考核安排：
科目　时间
理论知识　10月26日9:00—10:30
操作技能　10月26日13:30—17:30
咨询电话：0735-8260417（工作日）。
鞓州市职业技能鉴定中心
2024年10月9日
""",
    ),
    dict(
        slug="examsite-fuyang-clapper-performer-recruitment-wrapped",
        site="稃阳人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.fuyang.example.cn/zpgg/20240521/771.html",
        title="稃阳县文化馆2024年公开招聘快板演员公告",
        date="2024-05-20",
        notes="record title as is; an exam site as text hard-wrapped at 68 columns; a mailbox and a 咨询电话 in the body "
        "beside the site's hotline; 成文日期 under the signature",
        page="""
!m 稃阳人事考试信息网
!m 首页 ＞ 招聘公告 ＞ 事业单位
{T}
!m 发布：2024-05-21　来源：县文化馆　字号：大 中 小
{BODY}
!a 报名表下载请在页面底部“附件”栏
!m 本网热线：0738-6600123（工作日 8:30-17:30）
!m 稃阳县人力资源和社会保障局
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
根据工作需要，经县人社局同意，稃阳县文化馆决定面向社会公开招聘快板演员2名。现将有关事项公告如下：
一、招聘条件。年龄18至35周岁，普通话二级甲等以上，具有三年以上快板或曲艺表演经历；获得市级以上曲艺比赛奖项的，年龄可放宽至40周岁。
二、报名时间和方式。6月3日至6月7日，考生将报名表、身份证和获奖证书扫描件发送至县文化馆人事股邮箱fyxwhg_rs@example.cn。
三、考试方式。采取专业技能测试和面试相结合的方式，专业技能测试为自选快板作品表演，时间不超过5分钟。
咨询电话：0738-6601735。
稃阳县文化馆
2024年5月20日
""",
        date_also=["2024-05-21"],
    ),
    dict(
        slug="tender-suixi-drying-mat-award-lots",
        site="穟溪县公共资源交易中心网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.suixi.example.cn/jyxx/zfcg/zbgg/20240903/0817.html",
        title="穟溪县农业农村局晒谷席采购项目中标结果公告",
        record_title="穟溪县农业农村局晒谷席采购项目中标结果公告_政府采购_穟溪县公共资源交易中心网",
        record_date="2024-09-03",
        date="2024-09-03",
        notes="tender portal: a clock, a publicity countdown, CA and trading-system help lines beside the purchaser's and "
        "agency's own contacts; a lots table; the record gives the date, which is also the notice's own",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>穟溪县农业农村局晒谷席采购项目中标结果公告_政府采购_穟溪县公共资源交易中心网</title></head>
<body>
<div class="t-head">⟦m 穟溪县公共资源交易中心⟧　⟦m 北京时间 <span id="clock"></span>⟧</div>
<div class="t-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　CA办理⟧</div>
<div class="t-pos">⟦m 交易信息 / 政府采购 / 中标公告⟧</div>
<h2>⟦t 穟溪县农业农村局晒谷席采购项目中标结果公告⟧</h2>
<div class="t-meta">⟦m 信息时间：2024-09-03　阅读次数：208⟧</div>
<div class="t-count">⟦m 距公示结束还剩：0天 07时 12分⟧</div>
<div class="t-body">
{BODY}
</div>
<div class="t-help">⟦m CA证书办理及锁问题：0736-4860011⟧<br>⟦m 电子交易系统操作咨询：0736-4860022⟧</div>
<div class="t-foot">⟦m 穟溪县公共资源交易中心　地址：穟溪县政务服务中心三楼⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：SXCG-2024-0817
二、项目名称：穟溪县农业农村局晒谷席采购项目
三、中标信息：
包号　中标供应商　中标金额
第一包　稂坪竹韵编织专业合作社　21.60万元
第二包　秬川县篾匠坊竹制品有限公司　14.40万元
四、主要标的：竹编晒谷席3000张，规格3米×2米。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：
采购人：穟溪县农业农村局，联系人：沈禾青，电话：0736-4812065。
代理机构：鞓州方圆招标咨询有限公司，联系人：祁望，电话：0735-8377219。
2024年9月3日
""",
    ),
    dict(
        slug="tender-tingzhou-museum-clay-souvenir-inquiry",
        site="鞓州公共资源交易中心 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://ggzy.tingzhou.example.cn/xjgg/2024/0815/2261.html",
        title="鞓州市博物馆泥人文创产品询价采购公告",
        record_title="〔询价采购〕鞓州市博物馆泥人文创产品询价采购公告｜鞓州公共资源交易中心",
        date="2024-08-15",
        notes="a tender portal as text: an items table, 'download the inquiry file from the platform' as content, the "
        "museum's contact beside the platform's hotline; 成文日期 under the signature",
        page="""
!m 鞓州公共资源交易中心　公开 · 公平 · 公正
!m 首页 › 政府采购 › 询价公告
!t 〔询价采购〕鞓州市博物馆泥人文创产品询价采购公告
!m 发布时间：2024-08-15 15:20　报名截止倒计时：6天
{BODY}
!m 平台服务热线：0735-8300600　CA数字证书服务：0735-8300611
!l 上一条：鞓州市图书馆书架采购竞争性磋商公告
!l 下一条：市文化馆舞台灯光设备询价公告
""",
        indent="",
        body="""
鞓州市博物馆拟对泥人文创产品进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容：
品名　数量　最高限价
十二生肖彩绘泥人礼盒　800套　95元/套
“秬河船工”泥人摆件　300件　160元/件
二、供应商资格：具有独立法人资格，近三年内无重大违法记录；须提供样品。
三、报价截止时间：2024年8月22日17:00，逾期不予受理。
四、报价方式：请于截止时间前登录交易平台下载询价文件，按要求填写报价单并加盖公章后上传。
五、联系方式：鞓州市博物馆办公室，联系人：管一宁，电话：0735-8056312。
鞓州市博物馆
2024年8月15日
""",
    ),
    dict(
        slug="lawfirm-keyan-counterfeit-belt-case",
        site="鞓州恪言律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.keyanlaw.example.cn/alfx/2024/0402/118.html",
        title="卖仿冒名牌皮带被罚，说“不知道是假货”能免责吗？",
        record_title="案例释读｜卖仿冒名牌皮带被罚，说“不知道是假货”能免责吗？- 恪言律所",
        date="2024-04-02",
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; bracketed case "
        "headings in the body; 发布时间 byline",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>案例释读｜卖仿冒名牌皮带被罚，说“不知道是假货”能免责吗？- 恪言律所</title></head>
<body>
<div class="lf-top">⟦m 鞓州恪言律师事务所⟧　⟦m 全国咨询热线 400-870-3316⟧</div>
<div class="lf-nav">⟦m 首页　律所简介　专业团队　以案释法　联系我们⟧</div>
<div class="lf-article">
<h1>⟦t 案例释读｜卖仿冒名牌皮带被罚，说“不知道是假货”能免责吗？⟧</h1>
<p class="lf-meta">⟦m 发布时间：2024-04-02　作者：陶衡律师　阅读 954⟧</p>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.keyanlaw.example.cn/alfx/2024/0402/118.html⟧</div>
<div class="lf-repost">⟦d 转载请注明出处及作者，本文不构成对具体个案的法律意见。⟧</div>
</div>
<div class="lf-card"><b>⟦m 陶衡　专职律师⟧</b><p>⟦m 擅长：知识产权、商标维权⟧</p><p>⟦w 手机/微信：139 0735 6612⟧</p></div>
<div class="lf-float">⟦w 免费在线咨询，律师十分钟内回复⟧</div>
<div class="lf-foot">⟦m 地址：鞓州市埏湖区滨江路77号恪言大厦12层⟧</div>
</body>
</html>
""",
        body="""
【案情】2023年，埏湖区某服饰店店主王某从网上批发了一批印有知名品牌标识的皮带，以每条68元的价格在店内销售。市场监管部门检查时当场查获37条，经品牌权利人鉴定均为仿冒品。王某辩称自己不知道是假货。
【处理】市场监管部门认定王某销售侵犯注册商标专用权的商品，没收全部侵权皮带，并处罚款1.2万元。
【律师说法】根据商标法规定，销售不知道是侵犯注册商标专用权的商品，能证明该商品是自己合法取得并说明提供者的，不承担赔偿责任，但仍应停止销售。本案中，王某无法提供正规进货凭证，进货价又明显低于正品，难以认定其“不知道”。
【提醒】商户进货时要索要发票和品牌授权书，价格低得离谱的“名牌”，千万别贪便宜。
""",
    ),
    dict(
        slug="lawfirm-keyan-clay-figurine-copyright-answer",
        site="鞓州恪言律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.keyanlaw.example.cn/wyzx/2024/219.html",
        title="别人照着我捏的泥人开模量产，算侵权吗？",
        record_title="答网友问 · 别人照着我捏的泥人开模量产，算侵权吗？｜恪言律所",
        date=None,
        notes="a law firm's answer page as text: a column prefix and a firm suffix in the record title; a consult prompt "
        "glued after a 。 inside the answer; a 400 line and a disclaimer; only '回复于 4 天前', no date",
        page="""
!m 恪言律所 · 网友咨询
!m 首页 ＞ 网友咨询 ＞ 知识产权
!t 答网友问 · 别人照着我捏的泥人开模量产，算侵权吗？
!m 解答律师：陶衡　回复于 4 天前　已帮助 1.3 万人
{BODY}
!w 遇到类似问题？拨打 400-870-3316，律师为您一对一分析
!d 以上解答仅针对提问情形，供参考。
!l 相关咨询：网上卖的手工作品被盗图怎么办？｜非遗技艺能申请专利吗？
""",
        body="""
网友问：我是做手工泥人的，前段时间发现有商家把我发在网上的几个原创泥人照着开模，做成树脂摆件在网上卖，这算侵权吗？
律师答：算。手工捏制的泥人只要具有独创性，属于著作权法保护的美术作品，作者自创作完成之日起就享有著作权。⟦w 想让律师帮您写律师函？点此预约⟧未经许可照着原作开模、批量生产并销售，侵犯了您的复制权和发行权。
建议您先做好三件事：一是保存创作过程的照片、视频和最早的发布记录，证明作品是您创作的；二是对侵权商品页面进行公证或可信时间戳取证；三是向平台投诉下架，必要时向法院起诉，要求停止侵权、赔偿损失。
如果作品还没有进行著作权登记，也可以先去登记，以后维权时更省事。
""",
    ),
]
