"""holdout295, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="countyforum-youshan-sieve-where-to-buy-jammer",
        site="猷山论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.youshan.cc/forum.php?mod=viewthread&tid=209914",
        title="芭口镇哪里还能买到老式竹圈面筛？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; county forum with a weather line, medals, jammer fonts, a decoration ad between paragraphs, an official-reply link; a relative post time (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>猷山论坛 - 猷山人的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="weather">⟦m 猷山 今天 多云 19~27℃ 东南风2级⟧</div>
<div id="hd">⟦m 猷山论坛⟧ ⟦m 猷山人的网上家园⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 注册猷山通行证⟧</a></div>
<div id="pt">⟦m 猷山论坛 › 生活服务 › 求助问事⟧</div>
<table><tr>
<td class="pls">⟦m 芭口阿梅⟧<br>⟦m 在线时间 310 小时⟧<br>⟦m 勋章：热心乡邻 老会员⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 芭口阿梅 发表于 6 天前 ｜ 只看该作者 ｜ 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 支持(3) 反对(0) 收藏⟧</div>
<div class="gov">⟦l 此帖已转交芭口镇便民服务中心，点此查看官方回复⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 2楼　猷山老赵：老街况师傅前年就不做了，可惜了⟧</p><p>⟦l 3楼　宥坪竹匠：我这里能做竹圈的，私信我⟧</p></div>
<div id="ft">⟦m 猷山论坛 Powered by Discuz! X3.5⟧　⟦m 赣ICP备13011670号-1⟧</div>
</body>
</html>
""",
        p_html="<div>{}</div>",
        junk=dict(lines=1, glued=2),
        body="""
家里那只竹圈面筛用了二十多年，这几天筛面时铜丝网破了个大口子，补不住了。超市里只有不锈钢的，圈子小，网眼也粗，筛出来的面不如老面筛细。
以前芭口老街拐角有一家做面筛的铺子，现在关门了。想问问大家，镇上或者附近还有没有人会做竹圈铜丝网的老式面筛？
⟦m 【广告】猷山好家装 旧房翻新找阿龙 139 7012 6631⟧
要直径一尺二左右的，能绷七八十目的铜丝网最好。旧的竹圈还是好的，只换网也行，价钱好商量。
我家在芭口镇政府后面，有知道的麻烦回个帖，先谢谢了！
""",
    ),
    dict(
        slug="countyforum-guanchuan-canteen-cupboard-complaint",
        site="涫川生活网·涫川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.guanchuanlife.com/t/55830",
        title="樱桥社区长者食堂的碗柜该换了",
        record_title="【民生直通车】樱桥社区长者食堂的碗柜该换了（附照片） - 涫川论坛",
        date=None,
        notes="a county-forum post in plain text with junk lines and junk glued after 。; a reply from the community and a relative post time (no date)",
        page="""
!m 涫川生活网 · 涫川论坛　｜　涫川本地生活第一站
!m 涫川论坛 > 民生直通车 > 浏览帖子
!t 【民生直通车】樱桥社区长者食堂的碗柜该换了（附照片）
!m 楼主 樱桥老宋　｜　发表于 5 小时前　｜　来自 手机版
{BODY}
!m [附图] 碗柜门.jpg　[附图] 柜内.jpg
!l 沙发 涫川小鹿：我妈也在那吃饭，确实该换了
!l 板凳 樱桥社区居委会（认证）：感谢反映，已联系街道申请更换，近期答复
!a 回复本帖前请先绑定手机号
!m 涫川生活网 版权所有　违规内容举报：jubao@guanchuanlife.com
""",
        junk=dict(lines=2, glued=2),
        body="""
我母亲每天中午在樱桥社区长者食堂吃饭，我这几天去接她，顺便看了看食堂。饭菜还可以，就是放碗的那个大碗柜实在太旧了。
碗柜是木头的，两扇柜门合不拢，用一根布条拴着；纱网破了好几个洞，柜子里面有一股潮味，底层还有黑色的霉点。洗好的碗就这样摞在里面，老人拿来就用。
听食堂阿姨说，这个碗柜是社区以前办托儿所时留下的，十几年了，一直想换没有钱。
长者食堂一天有六十多位老人吃饭，年纪都大了，抵抗力差。希望社区和街道重视一下，换一台消毒碗柜，钱不够的话我们家属也愿意凑一点。
""",
    ),
    dict(
        slug="download-jianggong-rules-wine-pot-casting",
        site="匠工资料站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.jianggongzl.com/soft/anquan/3318.html",
        title="锡酒壶浇铸车间安全作业规程",
        record_title="【安全规程】锡酒壶浇铸车间安全作业规程 Word原档下载 - 匠工资料站",
        date=None,
        notes="old download station: file-info table, three download links, a dead-link report, an unzip password, a floating ghost-writer ad; numbered rules; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【安全规程】锡酒壶浇铸车间安全作业规程 Word原档下载 - 匠工资料站</title>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 匠工资料站⟧ ⟦m 工厂制度 岗位规程 一站下齐⟧</td><td align="right">⟦a 加入收藏⟧ ⟦a 投稿赚积分⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页⟧　⟦m 安全制度⟧　⟦m 岗位规程⟧　⟦m 质量管理⟧　⟦m 表格下载⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：匠工资料站 → 安全制度 → 冶铸安全⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：28.5 KB⟧</td><td>⟦m 资料格式：Word⟧</td></tr>
<tr><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 添加时间：2 天前⟧</td></tr>
<tr><td>⟦m 下载次数：本周 17　总计 405⟧</td><td>⟦m 推荐星级：★★★★⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p><b>⟦m 资料简介：⟧</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<p>⟦a 下载地址一：电信高速⟧　⟦a 下载地址二：联通高速⟧　⟦a 下载地址三：备用线路⟧</p>
<p>⟦a 链接失效请点此报告⟧　⟦m 解压密码：www.jianggongzl.com⟧</p>
</td></tr></table>
<div style="position:fixed;left:0;bottom:60px">⟦w 代写各类企业制度，QQ：1530779214⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，仅供学习参考⟧<br>⟦m 匠工资料站　粤ICP备16022905号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
为防止锡酒壶浇铸作业中发生烫伤、火灾和铅锡烟尘危害，特制定本规程。
1.作业人员须穿戴阻燃工作服、防护面罩、隔热手套和劳保鞋，长发须盘入帽内。
2.熔锡炉开炉前，检查炉体、电源线和排烟罩，确认排烟风机运转正常后方可升温。
3.锡锭、回炉料入炉前必须烘干，严禁将带水、带油的物料投入熔锡炉，防止锡液飞溅。
4.浇铸酒壶壶身时，模具应预热并放置平稳，浇铸人员站在侧面，不得正对浇口。
5.脱模后的酒壶坯件放在指定冷却架上，未冷却的坯件不得用手直接触摸。
6.车间内严禁饮食、吸烟，下班前须洗手、漱口、更换工作服。
7.发生烫伤时立即用流动冷水冲洗，并报告班组长送医处理。
""",
    ),
    dict(
        slug="download-xiangcun-plan-rice-basket-training-markers",
        site="乡村学习资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.xcxxzl.com/down/20931.html",
        title="猷山县竹编淘米箩技艺培训班实施方案",
        record_title="猷山县竹编淘米箩技艺培训班实施方案.wps",
        date="2025-04-22",
        notes="file-name record title; a .wps preview with page markers ✛n✛ glued with a space or on lines of their own (mixed); download-station chrome; 成文日期",
        page="""
!m 乡村学习资料站 — 农技、培训、乡村振兴资料下载
!m 资料分类：培训方案　｜　格式：WPS　｜　大小：22KB
!t 猷山县竹编淘米箩技艺培训班实施方案.wps
!a 【立即下载】　【加入下载篮】　【报告错误】
!m 以下为文档在线预览：
{BODY}
!a 预览仅显示部分页面，下载后可查看完整格式
!d 如资料涉及版权问题，请联系站长删除
!m 乡村学习资料站　www.xcxxzl.com
""",
        pages=dict(fmt="✛{n}✛", every=120, start=2, glue="mix", sep=" "),
        body="""
为传承竹编技艺，带动农村妇女和留守老人就近增收，县人社局、县文化馆决定联合举办竹编淘米箩技艺培训班，特制定本方案。
一、培训对象：全县有意从事竹编的农村劳动力，每期40人，优先招收脱贫户和留守妇女。
二、培训时间和地点：2025年5月下旬起分三期举办，每期7天，地点设在宥坪镇庹家坳村竹编传习所。
三、培训内容：破竹、刮篾、起底、编织、收口等淘米箩制作工艺，以及竹篾防霉处理和网店销售基础知识。
四、师资安排：由县竹编非遗传承人庹满仓担任主讲，竹禾竹编专业合作社技术骨干担任辅导。
五、经费保障：培训费、材料费从职业技能提升专项资金列支，学员免费参训，结业考核合格的发给培训合格证书。
猷山县人力资源和社会保障局
猷山县文化馆
2025年4月22日
""",
    ),
    dict(
        slug="exam-aicheng-pastry-appraisal-bring-sieve",
        site="蔼城人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.acrsks.cn/zjjd/2025/0610/1544.html",
        title="蔼城市2025年第二批中式面点师职业技能等级认定考核公告",
        record_title="【技能认定·公告】蔼城市2025年第二批中式面点师职业技能等级认定考核公告 - 蔼城人事考试网",
        date="2025-06-10",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a schedule table one row a paragraph, sentences to 下载/打印 the admission ticket and bring one's own 面筛, the centre's 咨询电话 next to the site's technical line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【技能认定·公告】蔼城市2025年第二批中式面点师职业技能等级认定考核公告 - 蔼城人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦d 系统将于6月15日0:00—6:00停机升级，届时暂停网上报名⟧</div>
<div class="head">⟦m 蔼城人事考试网⟧ <span>⟦m 蔼城市人事考试和职业技能鉴定中心⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 职业技能认定⟧ ⟦m 成绩查询⟧ ⟦m 证书查询⟧</div>
<div class="pos">⟦m 首页 >> 职业技能认定 >> 认定公告⟧</div>
<div class="article">
<h3>{T}</h3>
<p class="src">⟦m 发布日期：2025-06-10　浏览次数：2614⟧</p>
<div class="content">
{BODY}
</div>
</div>
<div class="float-right"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="foot">⟦m 网站技术支持电话：0793-3308807（仅限系统问题）⟧<br>⟦m 蔼城市人事考试和职业技能鉴定中心　版权所有⟧</div>
</body>
</html>
""",
        body="""
根据年度认定计划，我中心定于7月举行2025年第二批中式面点师职业技能等级认定考核。现将有关事项公告如下。
一、考核等级：五级（初级工）、四级（中级工）、三级（高级工）。
二、考核安排：
科目　日期　地点
理论知识　7月5日上午　蔼城职业技术学院实训楼
操作技能（五级、四级）　7月6日全天　学院中式面点实训室
操作技能（三级）　7月7日全天　学院中式面点实训室
三、考生须知：
1.考生请于7月1日起登录本网下载并打印准考证，凭准考证和身份证参加考核。
2.操作技能考核中，擀面杖、面筛、刮板、量杯等小件工具由考生自带，面筛须为不锈钢材质、60目以上。
3.考核当天须穿戴工作服、工作帽，不得佩戴首饰。
四、咨询电话：0793-3308612（认定科，工作日）。
蔼城市人事考试和职业技能鉴定中心
2025年6月10日
""",
    ),
    dict(
        slug="exam-ruyang-pewter-carving-appraisal-signup",
        site="溽阳县人力资源和社会保障网·考试专栏 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.ruyang.gov.cn/kszl/2025/0305/221.html",
        title="溽阳县2025年锡器制作工（錾刻）职业技能等级认定报名通知",
        record_title="溽阳县2025年锡器制作工（錾刻）职业技能等级认定报名通知_考试专栏_溽阳县人力资源和社会保障网",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="an exam column as text: the site's posting date differs from the 成文日期; a 打印/关闭 row and an exam float line; a wine pot as the practical task; the centre's phone beside a technical line",
        page="""
!m 溽阳县人力资源和社会保障网
!m 考试专栏 ｜ 职业能力建设 ｜ 就业创业 ｜ 社会保障
!m 首页 > 考试专栏 > 职业技能等级认定
{T}
!m 发稿时间：2025-03-05　信息来源：县职业技能鉴定所
!a 〖打印正文〗〖关闭窗口〗
{BODY}
!a ▶ 网上报名入口（3月10日开通）
!m 系统技术咨询：0797-5530012
!m 溽阳县人力资源和社会保障局主办
""",
        indent="\u3000\u3000",
        body="""
为传承锡器技艺，提升从业人员技能水平，县职业技能鉴定所定于4月开展锡器制作工（錾刻）职业技能等级认定。现将报名事项通知如下。
一、报名条件：从事锡器制作工作满2年的人员可报五级，满4年的可报四级；已取得五级证书满3年的可报四级。
二、报名时间：3月10日至3月24日，考生须在网上报名并上传从业证明。
三、考核方式：理论知识采用闭卷笔试；操作技能为现场制作，四级考生须在4小时内完成一把锡酒壶壶身的錾花，五级考生完成一件锡杯的錾花。
四、收费标准：按省定标准，五级每人210元，四级每人260元，脱贫人口免收。
咨询电话：0797-5531186（县职业技能鉴定所）。
溽阳县职业技能鉴定所
2025年3月3日
""",
    ),
    dict(
        slug="tender-chenling-disinfection-cupboards-lots",
        site="宸岭县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.chenling.gov.cn/jyxx/zfcg/zbgg/2025/0428/9014.html",
        title="宸岭县教育局学校食堂消毒碗柜采购项目公开招标公告",
        record_title="[招标公告]宸岭县教育局学校食堂消毒碗柜采购项目公开招标公告_宸岭县公共资源交易网",
        date="2025-04-28",
        notes="tender portal: a countdown, an attachment link, CA and trading-system hotlines next to the purchaser's and agency's own contacts; lot table one row a paragraph; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[招标公告]宸岭县教育局学校食堂消毒碗柜采购项目公开招标公告_宸岭县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 宸岭县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 免费注册⟧</a> <a>⟦a CA锁办理⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 诚信体系⟧</div>
<div class="crumb">⟦m 首页 > 交易信息 > 政府采购 > 招标公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="sub">⟦m 信息时间：2025-04-28　阅读次数：377⟧</div>
<div class="countdown">⟦a 距投标截止还有：21天06小时13分⟧</div>
<div class="con">
{BODY}
</div>
<p class="att"><a>⟦a 招标文件（正式版）.pdf　点此下载⟧</a></p>
</div>
<div class="ft">
<p>⟦m CA数字证书服务热线：400-880-3511⟧　⟦m 交易系统技术支持：0798-4431150⟧</p>
<p>⟦m 宸岭县公共资源交易中心主办　赣ICP备18009812号⟧</p>
</div>
</body>
</html>
""",
        body="""
宸岭县鸿远招标代理有限公司受宸岭县教育局委托，对学校食堂消毒碗柜采购项目进行公开招标，欢迎合格的供应商参加投标。
一、项目编号：CLZC2025-041
二、采购内容及预算：
包号　内容　数量　预算（万元）
1包　商用高温消毒碗柜（双门）　42台　54.6
2包　商用高温消毒碗柜（单门）　31台　27.9
3包　安装及旧柜拆除清运　1项　3.5
三、投标截止时间：2025年5月19日9时30分，投标人须通过交易系统上传电子投标文件。
四、联系方式
采购人：宸岭县教育局　联系人：游斯年　电话：0798-4412256
代理机构：宸岭县鸿远招标代理有限公司　联系人：阙敏　电话：0798-4435520
宸岭县鸿远招标代理有限公司
2025年4月28日
""",
    ),
    dict(
        slug="tender-pangxi-inquiry-result-rice-baskets",
        site="滂溪县政府采购网 (invented)",
        style="招投标网",
        genre="成交公告",
        kind="notice",
        form="text",
        source="http://www.pangxizfcg.gov.cn/cjgg/2025/0603/3377.html",
        title="滂溪县第一中学食堂竹编淘米箩等厨房用品询价采购成交结果公告",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="the record's own title and date; a procurement site's text page: items table one row a paragraph, the purchaser's contact next to the platform hotline; the announcement has no own date line",
        page="""
!m 滂溪县政府采购网
!m 首页 >> 采购公告 >> 成交结果
{T}
!m 发布时间：2025-06-03　　来源：滂溪县政府采购中心
!a [收藏此公告]　[打印]　[关闭]
{BODY}
!m 平台服务热线：0796-8122330（工作日 8:30-17:30）
!l 上一篇：滂溪县人民医院被服采购成交公告
!l 下一篇：滂溪县城区道路保洁服务项目中标公告
!m 滂溪县财政局主办
""",
        body="""
一、项目名称：滂溪县第一中学食堂厨房用品询价采购
二、项目编号：PXCG-XJ-2025-0137
三、成交信息：
品名　规格　数量　成交单价（元）
竹编淘米箩（大号）　口径40厘米　120只　32
竹编淘米箩（中号）　口径32厘米　160只　24
不锈钢沥水篮　口径38厘米　80只　45
成交供应商：宥坪镇竹禾竹编专业合作社，成交总金额11280元。
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人滂溪县第一中学，联系人邵南乔，电话0796-8135512。
""",
    ),
    dict(
        slug="lawfirm-mingheng-vinegar-pot-injury-consult",
        site="明衡律师事务所 (invented law firm)",
        style="律所网站",
        genre="以案说法",
        kind="other",
        form="html",
        source="https://www.minghenglaw.cn/anli/minshi/778.html",
        title="餐馆醋壶破裂划伤顾客，店家要担责吗？",
        record_title="〔律师以案释法〕餐馆醋壶破裂划伤顾客，店家要担责吗？｜明衡律所",
        date=None,
        notes="law-firm page: a lawyer card, a consult float, a 400 line, a repost notice; a case note with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔律师以案释法〕餐馆醋壶破裂划伤顾客，店家要担责吗？｜明衡律所</title>
</head>
<body>
<div class="lf-top">⟦m 明衡律师事务所⟧ <span>⟦m 明法衡情 · 专注民商事争议⟧</span> <span>⟦m 全国咨询：400-106-2288⟧</span></div>
<div class="lf-nav">⟦m 首页⟧ ⟦m 律师团队⟧ ⟦m 业务领域⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="lf-pos">⟦m 首页 / 以案说法 / 民事侵权⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<div class="lf-meta">⟦m 撰稿：明衡律所 侯砚舟律师⟧　⟦m 阅读 1902⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-card">⟦w 侯砚舟 律师｜执业证号 13609201810553871｜擅长：人身损害、消费纠纷⟧</div>
<p class="lf-repost">⟦d 本所原创文章，转载请注明作者及出处；文章观点不构成正式法律意见⟧</p>
</div>
<div class="float-consult">⟦w 免费法律咨询　点击立即对话⟧</div>
<div class="lf-foot">⟦m 地址：蔼城市菝湖区金融街明衡大厦12层⟧　⟦m 赣ICP备20015508号⟧</div>
</body>
</html>
""",
        body="""
【案情】顾客孟女士在一家面馆吃面，拿起桌上的玻璃醋壶倒醋时，壶把突然断裂，壶身碎片划伤了她的右手，缝了六针。孟女士要求面馆赔偿医药费、误工费，面馆认为是她用力过猛，不同意赔偿。
【说法】根据民法典有关规定，宾馆、商场、餐馆等经营场所的经营者，未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
本案中，醋壶是面馆提供给顾客使用的餐具，面馆有义务保证其安全可用。事后查明，这把醋壶壶把早有裂纹，店员擦洗时已经发现，却没有及时更换。面馆未尽到安全保障义务，应当承担赔偿责任。如果孟女士确有使用不当，可以适当减轻面馆的责任。
【提示】餐馆应定期检查醋壶等桌面餐具，发现破损及时更换；顾客受伤后要保存好就医票据，及时固定证据。
""",
    ),
    dict(
        slug="lawfirm-youping-auction-fake-wine-pot",
        site="宥坪律师网 (invented law site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="http://www.youpinglawyer.com/case/2025/0408.html",
        title="拍卖品“清代锡酒壶”是新仿的，能退吗？",
        record_title="拍卖品“清代锡酒壶”是新仿的，能退吗？ — 宥坪律师网 · 案例评析",
        date=None,
        notes="a law site's case note as text: a 400 line at the top, a consult prompt glued after a 。, a lawyer's contact card; no date",
        page="""
!m 宥坪律师网　｜　律师在线 解您法忧
!m 免费咨询热线 400-661-0375
!m 首页 · 案例评析 · 合同纠纷
!t 拍卖品“清代锡酒壶”是新仿的，能退吗？
!m 作者：覃秋水律师　　浏览：733
{BODY}
!w 覃秋水律师　手机：135 7970 2218（微信同号）
!d 本文仅为一般性法律知识介绍，具体案件请咨询执业律师
!l 相关案例：网购古玩赝品退款纠纷 ｜ 文物艺术品拍卖的“瑕疵不担保”声明
""",
        body="""
老杨在一场小型拍卖会上以1.8万元拍得一把标注为“清代錾花锡酒壶”的拍品。回家后请专家一看，这把酒壶是近几年用化学药水做旧的仿品。老杨找拍卖公司退款，对方拿出拍卖规则：“本公司不保证拍品的真伪及品质。”
这种声明是否有效？拍卖法规定，拍卖人、委托人在拍卖前声明不能保证拍卖标的的真伪或者品质的，不承担瑕疵担保责任。因此，拍卖公司事先作出了声明，一般不能仅以“买到仿品”为由要求退款。⟦w 遇到类似纠纷，可在线预约覃律师面谈⟧
但是，如果有证据证明拍卖公司明知是仿品，仍在图录中作虚假宣传，诱导竞买人出价，就构成欺诈，竞买人可以请求撤销买卖、返还价款。
建议：参加拍卖前仔细查看拍品实物，必要时请第三方鉴定；拍卖公司的宣传图录、现场介绍要留存好，作为日后维权的证据。
""",
    ),
]
