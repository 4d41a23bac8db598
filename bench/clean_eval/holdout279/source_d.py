"""holdout279, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (see ../README.md and ../build.py for the markup). Every case written by hand.
"""

CASES = [
    dict(
        slug="countyforum-tianyang-broken-seesaw-jammer",
        site="畋阳论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.tianyang.cc/thread-772013-1-1.html",
        title="小区跷跷板坏了大半年，谁来管管？",
        record_title="[百姓说事] 小区跷跷板坏了大半年，谁来管管？ - 百姓呼声 - 畋阳论坛",
        date=None,
        notes="a county forum: a weather line, medals, jammer fonts inside the post, a decoration ad, a forward-to-department link; "
        "'发表于 前天 22:16' is no date",
        page="""
<html><head><meta charset="gbk"><title>[百姓说事] 小区跷跷板坏了大半年，谁来管管？ - 百姓呼声 - 畋阳论坛</title>
<style>.jammer{display:none}</style><script src="data/cache/common.js"></script></head><body>
<div id="toptb">⟦m 畋阳今日 多云 12～21℃⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="hd">⟦m 畋阳论坛 · 畋阳人自己的网上家园⟧</div>
<div id="pt">⟦m 畋阳论坛 › 百姓呼声 › 帖子⟧</div>
<table><tr><td class="pls">⟦m 楼下的石榴树⟧<br>⟦m 勋章：热心市民 资深坛友⟧</td>
<td class="plc"><h1>⟦t [百姓说事] 小区跷跷板坏了大半年，谁来管管？⟧</h1>
<div class="authi">⟦m 发表于 前天 22:16 | 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuanjiao">⟦a 本帖已转交县住建局，点此查看官方回复⟧</div>
<div class="ad">⟦w 畋阳老房翻新找匠心装饰，电话 133-9751-2206⟧</div>
<div class="po">⟦a 顶一下 ｜ 收藏 ｜ 分享到微信⟧</div></td></tr></table>
<div class="reply">⟦l 2楼 畋阳老陈：我们小区的滑梯也是，螺丝都松了⟧</div>
<div class="reply">⟦l 3楼 南门口：支持楼主，孩子安全是大事⟧</div>
<div id="ft">⟦m 畋阳论坛 版权所有　鄂ICP备11020876号-1⟧</div>
</body></html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=3),
        body="""
我家住在城关镇和平小区，小区中间有个儿童游乐区，里面一个铁架子跷跷板去年冬天就坏了。
一头的座板断了半截，露出里面的铁皮，边上翘起来跟刀片一样。另一头的扶手也松了，一摇就晃。可小孩子哪懂这些，天天还有人爬上去玩。上个月邻居家孩子的小腿就被划了一道口子，缝了三针。
我从去年冬天到现在，给物业打了不下五次电话，每次都说“已经报上去了，等维修”，到现在也没人来修，连个警示牌都没挂。
希望有关部门管一管，要么修好，要么先拆掉，别等出了大事再后悔。
""",
    ),
    dict(
        slug="countyforum-baoxi-who-makes-bamboo-beds-junk",
        site="苞溪生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.baoxilife.com/forum.php?mod=viewthread&tid=118306",
        title="谁知道苞溪哪里还有老师傅会打竹床？",
        record_title="【急寻手艺人】谁知道苞溪哪里还有老师傅会打竹床？-苞溪生活网论坛",
        date=None,
        notes="a county forum post as text: anti-scraping junk lines and junk glued after a 。, a level line, replies with a phone (chrome) and "
        "a 'reply visible after login' line; '发表于 3 天前' is no date",
        page="""
!m 苞溪生活网论坛 › 便民求助 › 帖子
!t 【急寻手艺人】谁知道苞溪哪里还有老师傅会打竹床？
!m 发表于 3 天前　楼主：溪边钓翁　等级：秀才
{BODY}
!l 沙发　竹编世家：篥田镇老街口有个姓郑的师傅还在做，电话 135-7921-8840
!l 板凳　苞溪小徐：顶，我也想给老人打一张
!a 本帖更多回复需登录后查看 〔登录〕〔注册〕
!m 苞溪生活网 客服QQ：2839015571
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=2),
        body="""
家里老父亲八十多了，一到夏天就念叨以前那种老式竹床，说睡着凉快、不闷汗。现在商场里卖的竹床都是竹片压胶的，他嫌硬，躺着也不踏实。
想找个老师傅照老样子打一张，要用整根毛竹劈的竹片，竹钉穿的那种，不用一颗铁钉，床腿最好能拆，放得下。
听说以前篥田镇、鸶口镇都有人做，现在不知道还有没有。价格好商量，有知道的朋友麻烦回个帖，先谢过了！
""",
    ),
    dict(
        slug="download-pengshan-rules-shoe-last-equipment-doc",
        site="蓬山下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.pengshandown.com/soft/wd/2025/61774.html",
        title="鞋楦车间设备点检制度",
        record_title="鞋楦车间设备点检制度.doc",
        date=None,
        notes="an old download station: a file-info table (size, rating, update stamp), three download links, an unzip password, "
        "a dead-link report and a floating ad; a rule with 第N条 articles; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>鞋楦车间设备点检制度.doc 免费下载 - 蓬山下载站</title>
<script language="javascript" src="/js/ad_float.js"></script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 蓬山下载站⟧ ⟦m 绿色·安全·无插件⟧</td><td align="right">⟦a 投稿⟧ ⟦a 收藏本站⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 → 文档资料 → 管理制度 → 鞋楦车间设备点检制度.doc⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td>⟦t 鞋楦车间设备点检制度.doc⟧</td></tr>
<tr><td>⟦m 文件大小：26 KB　资料类别：制度范本　授权：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-06　推荐星级：★★★★☆　下载次数：788⟧</td></tr>
<tr><td>⟦m 资料简介：⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 电信下载一　电信下载二　联通备用下载⟧</td></tr>
<tr><td>⟦a 压缩包解压密码：www.pengshandown.com⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此向管理员报错⟧</td></tr>
</table>
<div id="float_ad">⟦w 各类企业制度定制编写 微信 zhidu_laoma⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，仅供学习研究，下载后请于24小时内删除⟧<br>⟦m Copyright 2009-2025 蓬山下载站　皖ICP备09018877号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为保证鞋楦车间刻楦机、仿形车床、磨楦机等设备正常运行，减少故障停机，制定本制度。
第二条　设备点检分为日常点检和定期点检。日常点检由操作工每班开机前进行，定期点检由设备员每周进行一次。
第三条　日常点检内容包括：刀具有无崩口，夹具是否夹紧，防护罩是否完好，润滑油是否充足，运转有无异响。
第四条　点检结果须如实填写在设备点检表上，发现问题应立即报告班组长，不得带病运行。
第五条　因未按规定点检造成设备损坏或楦型报废的，追究当班操作工和班组长的责任。
第六条　本制度由生产部负责解释。
""",
    ),
    dict(
        slug="download-wenjianyizhan-host-script-clay-bowl-pdf",
        site="文件驿站 (invented download site)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.wenjianyz.com/down/zcc/20250921/3365.html",
        title="古窑村陶碗文化节开幕式主持词",
        record_title="古窑村陶碗文化节开幕式主持词.pdf",
        date=None,
        notes="a download site as text with a file-name title: file info, a download button row, an unzip hint and a scan-for-more prompt; "
        "a host's script without a date",
        page="""
!m 文件驿站 — 资料一站下
!m 当前位置：首页 > 主持词 > 活动主持词
!t 古窑村陶碗文化节开幕式主持词.pdf
!m 格式：PDF　大小：118KB　页数：2　更新：2025-09-21
!a 【本地下载】【网盘下载】【下载帮助】
{BODY}
!a 下载后如无法打开，请先安装PDF阅读器
!w 更多主持词、串词定制请加微信：chuanci_8899
!m 文件驿站 wenjianyz.com　苏ICP备2024003916号
""",
        indent="",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的乡亲们、朋友们，
合：大家上午好！
男：金秋九月，窑火正旺。今天，我们相聚在苞溪县古窑村，共同见证首届古窑村陶碗文化节开幕。
女：六百年的龙窑，烧出了一只只质朴的陶碗，也烧出了古窑人世世代代的手艺和乡情。
男：首先，让我们以热烈的掌声欢迎县委副书记殷志伟致辞！
女：感谢殷书记的精彩致辞。下面有请老艺人代表、七十六岁的窑工蔡根宝点燃窑火！
男：窑火已经点燃，文化节期间，大家可以到窑场亲手拉坯，做一只属于自己的陶碗。
合：首届古窑村陶碗文化节开幕式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="exam-xiancheng-notice-shoe-last-skill-test",
        site="筅城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xcrsks.cn/zyjn/2025/0513/1718.html",
        title="2025年筅城市鞋楦制作工职业技能等级认定考试公告",
        record_title="〔技能认定〕2025年筅城市鞋楦制作工职业技能等级认定考试公告_筅城人事考试网",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="a personnel-exam site: a maintenance banner, an admission-ticket float; the centre's own 咨询电话 next to the site's technical line; "
        "a sentence telling candidates to download and print the 准考证 (content); 附件 list; the page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔技能认定〕2025年筅城市鞋楦制作工职业技能等级认定考试公告_筅城人事考试网</title>
<script src="/js/zkz-float.js"></script></head>
<body>
<div class="notice-bar">⟦d 系统将于本周六22:00至次日6:00停机升级，届时暂停报名⟧</div>
<div class="head">⟦m 筅城人事考试网⟧ ⟦m 筅城市人事考试院⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 职业技能⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="loc">⟦m 当前位置：首页 → 职业技能 → 公告⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 发布：2025-05-13 09:00　来源：市职业技能鉴定中心　访问量：2817⟧</p>
<div class="con">
{BODY}
</div>
<div class="float-zkz">⟦a 准考证打印入口⟧ ⟦a 网上报名入口⟧</div>
<div class="foot">⟦m 筅城市人事考试院主办　技术咨询：0798-2290311（仅限系统故障）⟧<br>⟦m 闽ICP备12011639号⟧</div>
</body></html>
""",
        body="""
根据全市技能人才评价工作安排，市职业技能鉴定中心定于6月组织鞋楦制作工职业技能等级认定考试，现将有关事项公告如下。
一、认定等级。本次认定设五级（初级工）、四级（中级工）、三级（高级工）三个等级。
二、报名时间。5月20日至5月30日，考生登录筅城人事考试网报名。
三、考试安排。理论知识考试6月21日上午在市技师学院进行；技能操作考试6月22日在市鞋楦实训基地进行，考生须自带楦刨、锉刀、卡尺等工具。
四、其他事项。考生须于6月17日起自行下载并打印准考证，凭准考证和身份证参加考试。
咨询电话：0798-2290458（市职业技能鉴定中心，工作日）。
附件：1.鞋楦制作工职业技能等级认定报名条件
2.考试大纲
筅城市职业技能鉴定中心
2025年5月12日
""",
    ),
    dict(
        slug="exam-shaochuan-notice-bamboo-bed-contest-wrapped",
        site="芍川县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.shaochuan.gov.cn/jnds/2025/0604/88.html",
        title="关于举办芍川县2025年竹床制作技能大赛的通知",
        record_title="关于举办芍川县2025年竹床制作技能大赛的通知（内含报名回执）- 芍川县人事考试信息网",
        date="2025-06-03",
        notes="a county HR exam site as text, hard-wrapped at 68 columns: a maintenance notice, a breadcrumb, an entry float; "
        "the organiser's own phone stays; 成文日期 under the signature",
        page="""
!d 温馨提示：本站报名系统已迁移，旧链接将于7月1日停用
!m 芍川县人事考试信息网
!m 首页 ＞ 技能大赛 ＞ 通知
!t 关于举办芍川县2025年竹床制作技能大赛的通知（内含报名回执）
!m 发布人：县人社局职建股　阅读次数：390
{BODY}
!a 〖大赛报名入口〗　〖成绩查询入口〗
!m 芍川县人力资源和社会保障局主办　网站维护电话：0795-6101919
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
各乡镇人民政府，县直有关单位，各竹制品企业：
为弘扬工匠精神，推动我县竹床竹器产业发展，县人社局、县总工会决定联合举办2025年竹床制作技能大赛。现将有关事项通知如下。
一、参赛对象。全县从事竹床、竹器制作的职工和个体手艺人，年龄在18周岁以上。
二、比赛内容。选手须在六小时内，用组委会提供的毛竹完成一张单人竹床的制作，评委从结构牢固、竹片平整、榫卯严密、外形美观四个方面评分。
三、奖励办法。一等奖2名，各奖励5000元，并推荐申报县级技术能手；二等奖5名，三等奖10名。
请于6月20日前报名，报名电话：0795-6101366。
芍川县人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="tender-baoxi-result-school-clay-bowls",
        site="苞溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.baoxi.gov.cn/jyxx/zfcg/zbgg/2025/0815/4517.html",
        title="苞溪县第一中学食堂陶瓷餐具采购项目中标结果公告",
        record_title="苞溪县第一中学食堂陶瓷餐具采购项目中标结果公告 > 政府采购 > 苞溪县公共资源交易网",
        record_date="2025-08-15",
        date="2025-08-15",
        notes="a tender portal: a countdown, CA-lock and trading-system lines; the bid-lots table one row a paragraph; "
        "purchaser and agency contacts stay beside the platform's hotlines; the date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>苞溪县第一中学食堂陶瓷餐具采购项目中标结果公告 > 政府采购 > 苞溪县公共资源交易网</title>
<script src="/ggzy/js/countdown.js"></script></head>
<body>
<div class="top">⟦m 苞溪县公共资源交易网⟧ ⟦m 阳光交易 全程留痕⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 办事指南⟧</div>
<div class="pos">⟦m 您现在的位置：交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<h3>{T}</h3>
<p class="sub">⟦m 信息来源：苞溪县公共资源交易中心　阅读次数：206⟧</p>
<p class="cd">⟦m 公示期剩余：00天 23时 14分⟧</p>
<div class="detail">
{BODY}
</div>
<div class="ca">⟦m CA锁办理及驱动问题请拨：400-707-5581⟧</div>
<div class="sys">⟦m 电子交易系统运维服务：0792-7723345⟧</div>
<div class="foot">⟦m 主办单位：苞溪县公共资源交易中心　技术支持：苞溪县大数据中心⟧</div>
</body></html>
""",
        body="""
一、项目编号：BXCG-2025-0317
二、项目名称：苞溪县第一中学食堂陶瓷餐具采购项目
三、中标信息。本项目分两个包，评审结果如下：
包号　货物名称　中标供应商　中标金额（元）
1　手工陶碗（大、中、小号）　苞溪县古窑陶艺专业合作社　186400
2　陶瓷餐盘、汤勺　筅城市洁瓷日用品有限公司　97350
四、评审专家：汤立群、牛晓燕、华德胜。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式。采购人：苞溪县第一中学，联系人：彭老师，电话：0792-7710328；采购代理机构：苞溪县正信招标代理有限公司，联系人：钟工，电话：0792-7736690。
""",
    ),
    dict(
        slug="tender-yuling-inquiry-museum-copper-basins",
        site="燠岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.yuling.gov.cn/xjgg/2025/0923/0307.html",
        title="燠岭县民俗博物馆仿古铜盆采购询价公告",
        record_title="[询价] 燠岭县民俗博物馆仿古铜盆采购询价公告｜燠岭政采",
        date="2025-09-22",
        date_also=["2025-09-23"],
        notes="a procurement site as text: an items table one row a paragraph, a sentence asking suppliers to download the inquiry file (content), "
        "the museum's own contact; the site's release time differs from the 成文日期",
        page="""
!m 燠岭县政府采购网
!m 首页 » 采购公告 » 询价公告
!t [询价] 燠岭县民俗博物馆仿古铜盆采购询价公告
!m 发布时间：2025-09-23 16:02　　浏览：97
!a 〔收藏〕　〔打印〕　〔关闭〕
{BODY}
!l 相关公告：燠岭县文化馆展柜采购更正公告
!m 燠岭县财政局主办　政府采购咨询电话：0797-3310020
""",
        indent="\u3000\u3000",
        body="""
燠岭县民俗博物馆拟对仿古铜盆采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量　最高限价（元）
錾花仿古铜盆　口径40厘米　6只　2800
素面仿古铜盆　口径32厘米　10只　1500
二、供应商要求。具有独立法人资格，近三年有铜器制作或销售业绩，所供铜盆须为手工锻制。
三、报价方式。请供应商自行下载询价文件，于9月29日17时前将密封报价送至博物馆办公室。
联系人：符晓梅，电话：0797-3326105。
燠岭县民俗博物馆
2025年9月22日
""",
    ),
    dict(
        slug="law-shouzheng-answer-bamboo-bed-pinched-child",
        site="守正律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.shouzhenglaw.cn/flzs/331.html",
        title="网购竹床夹伤孩子，商家要担责吗？",
        record_title="律师来解惑 ╱ 网购竹床夹伤孩子，商家要担责吗？ - 守正律师事务所",
        date=None,
        notes="a law firm page: a lawyer card, a consult float, a 400 line, a repost-terms block with the page link; an answer with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>律师来解惑 ╱ 网购竹床夹伤孩子，商家要担责吗？ - 守正律师事务所</title>
<script src="/static/kefu.js"></script></head>
<body>
<div class="head">⟦m 守正律师事务所⟧ ⟦m 全国免费咨询：400-880-6172⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 律师说法⟧ ⟦m 联系我们⟧</div>
<div class="pos">⟦m 首页 › 律师说法 › 消费维权⟧</div>
<h1>{T}</h1>
<div class="card">⟦m 解答律师：滕启明　执业证号：13605202110318827⟧</div>
<div class="con">
{BODY}
</div>
<div class="link">⟦d 转载请保留出处，本文链接：https://www.shouzhenglaw.cn/flzs/331.html⟧</div>
<div class="kf">⟦w 遇到类似纠纷？立即在线咨询律师⟧</div>
<div class="foot">⟦m 守正律师事务所　地址：筅城市柝江区银杏路66号⟧ ⟦d 本站解答仅供参考，不构成正式法律意见⟧</div>
</body></html>
""",
        body="""
问：我在网上买了一张折叠竹床，孩子在床边玩的时候，折叠处突然合上，把手指夹伤了，花了两千多元医药费。商家说是孩子自己玩的，不肯赔，怎么办？
答：根据《消费者权益保护法》和《民法典》的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向销售者请求赔偿。
本案关键在于竹床是否存在缺陷。折叠竹床如果没有锁定装置，或者锁定装置容易松脱，又没有“防止儿童夹手”的警示说明，一般可以认定存在缺陷。
建议您保存好购买记录、竹床实物、病历和发票，先与商家协商或向平台投诉；协商不成的，可以向法院起诉，要求赔偿医疗费、护理费、交通费等损失。
""",
    ),
    dict(
        slug="law-mingjian-article-seesaw-injury-property",
        site="明鉴律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.mingjianlawyer.com/news/2025/0609/92.html",
        title="小区跷跷板致儿童受伤，物业是否担责",
        record_title="案说物业丨小区跷跷板致儿童受伤，物业是否担责｜明鉴律所",
        date="2025-06-09",
        notes="a law firm's article as text: the byline's 发布时间 is the date; a free-consult line, a lawyer's phone (chrome) and a repost notice",
        page="""
!m 明鉴律师事务所 · 专注物业与侵权纠纷
!m 网站首页 / 律所动态 / 以案释法
!t 案说物业丨小区跷跷板致儿童受伤，物业是否担责
!m 发布时间：2025-06-09　作者：明鉴律所 万书宁律师
{BODY}
!w 免费法律咨询：万律师 138-0719-6628（微信同号）
!d 本文为明鉴律所原创，未经许可请勿转载
!l 上一篇：业主拒交物业费，物业能停水停电吗
""",
        indent="\u3000\u3000",
        body="""
【基本案情】
2024年8月，六岁的小林在畋阳县某小区游乐区玩跷跷板时，因跷跷板一端座板螺栓脱落，从板上摔下导致右臂骨折。小林父母起诉物业公司，要求赔偿医疗费等各项损失三万余元。
【法院判决】
法院审理认为，小区游乐设施由物业公司负责日常管理和维护，物业公司未能举证证明其尽到了定期检查、及时维修的义务，应承担主要责任；小林父母作为监护人，未在旁看护，也有一定过错。最终判决物业公司承担70%的赔偿责任。
【律师提醒】
物业公司应定期检查小区游乐设施，发现损坏及时维修或设置警示；家长带孩子玩跷跷板等设施时，也要尽到看护责任。
""",
    ),
]
