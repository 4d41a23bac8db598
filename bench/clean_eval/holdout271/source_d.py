"""holdout271, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="countyforum-jucheng-steamer-shop-closed-jammer",
        site="榘城生活圈 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.jcshq.com/thread-501927-1-1.html",
        title="晖田老街那家木甑饭店是不是关门了？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; jammer-font junk in the post; weather line, medals, a decoration ad, an official-reply link, a reply; 5 天前 is no date",
        page="""
<html><head><meta charset="gbk"><title>榘城生活圈 - 榘城人的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 榘城生活圈⟧ <span>⟦m 今日榘城：多云 12~19℃⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 榘城生活圈 › 吃喝玩乐 › 美食探店⟧</div>
<h1 class="ts"><span id="thread_subject">{T}</span></h1>
<table><tr><td class="pls">⟦m 老街吃货⟧<br>⟦m 勋章：美食达人 · 十年老友⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 5 天前⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_3308812">
{BODY}
</td></tr></table></div></td></tr></table>
<div class="a_pr">⟦a 【广告】晖田装饰 全包装修 每平米立减80 电话 0737-8390666⟧</div>
<div class="official">⟦l 晖田镇市场监管所 已关注此帖 &gt;&gt; 查看官方回复⟧</div>
<div class="reply">⟦l 沙发 米粉西施：老板住院了，听说过完年再开⟧</div>
<div id="f_pst">⟦a 快速回复 · 登录后方可发帖⟧</div>
<div id="ft">⟦m 榘城生活圈 湘ICP备15008841号 · 版主QQ群 61832077⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
前天专门开车去晖田老街，想吃那家开了二十多年的木甑饭，结果卷帘门拉着，门上贴了张纸，写着“暂停营业”。
这家店我从读书的时候就去吃。老板娘蒸饭用的是一人多高的大杉木甑，米饭装在粗瓷碗里，配一碟剁辣椒、一碗猪血丸子汤，十几块钱吃得饱饱的。
问了隔壁卖米粉的阿姨。她说老板身体不好，饭甑也用了十几年，裂了缝，找不到人箍了。
有没有知道内情的朋友？要是缺箍甑的师傅，我倒认识杲坪镇一位老篾匠，可以帮忙联系。
""",
    ),
    dict(
        slug="countyforum-woyuan-night-bell-candy-junk",
        site="渥源论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.woyuan.net/viewthread.php?tid=88174",
        title="城西小区夜里总有人摇铃卖麦芽糖，能不能管管",
        record_title="[夜里扰民求助] 城西小区夜里总有人摇铃卖麦芽糖，能不能管管 - 百姓议事厅 - 渥源论坛",
        date=None,
        notes="county-forum complaint with anti-scraping junk lines and junk glued after 。; replies; 2 天前 is no date",
        page="""
!m 渥源论坛 — 渥源人自己的网上家园
!m 首页 › 百姓议事厅 › 帖子
{T}
!m 作者：城西宝妈　发表于 2 天前　来自手机版
!a 点赞 0　收藏　分享
{BODY}
!l 2# 网友渥小二：可以打12345反映，城管会协调
!l 3# 铃声叮当：这位师傅我认识，人挺好的，跟他说说让他晚上别摇
!a 回复需登录，还没有账号？立即注册
!m 渥源论坛 版权所有 | 违法和不良信息举报：0739-6400110
""",
        junk=dict(lines=2, glued=2),
        body="""
住在渥源县城西小区的都知道，最近一个多月，每天晚上九点多，总有一个骑三轮的师傅摇着铜铃卖麦芽糖，“叮铃叮铃”从小区东门一直摇到西门。
说实话，小时候听见这个铃声挺亲切的。可现在家里有刚满月的孩子，好不容易哄睡，铃一响就醒。
我下楼跟师傅商量过一次，他说不摇铃没人知道他来了。物业说小区外面的路不归他们管。
想问问大家，这种情况该找哪个部门？或者有没有更好的办法，既不砸人家饭碗，又能让大家睡个好觉？
""",
    ),
    dict(
        slug="download-baichuan-rules-steamer-canteen-oldtable",
        site="百川资料库 (invented download station, gb2312 tables)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.bcziliao.com/guizhang/houqin/20240819/7712.html",
        title="学校食堂木甑蒸饭操作规程",
        record_title="学校食堂木甑蒸饭操作规程[DOC可编辑] 免费下载_百川资料库",
        date=None,
        notes="old download station: file-info table, three download links, unzip password, dead-link report; rules with 第N条 and only an effective clause: no date; update stamp is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校食堂木甑蒸饭操作规程[DOC可编辑] 免费下载_百川资料库</title>
<script type="text/javascript" src="/inc/ads.js"></script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 百川资料库⟧</td><td>⟦m 海量资料 · 免费分享⟧</td></tr></table>
<table width="980" align="center"><tr><td class="menu">⟦m 首页 | 教育资料 | 规章制度 | 合同范本 | 应用文书⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：百川资料库 &gt; 规章制度 &gt; 后勤管理⟧</td></tr></table>
<table width="980" align="center" class="info" border="1">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：22 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2024-08-19⟧</td><td>⟦m 下载次数：3306⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>⟦m 内容节选：⟧</b>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本站直链下载⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 解压密码：www.bcziliao.com⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此向站长报告⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，仅供学习研究，下载后请于一日内删除⟧<br>⟦m 百川资料库 Copyright 2008-2024 豫ICP备08114023号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范学校食堂木甑蒸饭操作，保证米饭质量和食品安全，制定本规程。
第二条　大米淘洗不超过两遍，浸泡时间控制在30分钟以内，浸泡用水须为生活饮用水。
第三条　米粒煮至七成熟后捞出沥水，装甑厚度不超过甑身的三分之二，中间用竹筷扎出透气孔。
第四条　上汽后蒸制不少于25分钟，蒸制过程中不得揭盖加水。
第五条　每餐结束后，饭甑、甑箅须用热水刷洗，倒置晾干；每周用沸水烫洗一次。甑身出现裂缝、甑箍松动的，立即停用并报总务处。
第六条　操作人员须持有效健康证明上岗，操作时佩戴口罩、帽子。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-jibei-report-flute-workshop-doc-markers",
        site="积贝资料站 (invented download station)",
        style="资料下载站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.jibeizl.com/shuzhi/2024/1224/30188.html",
        title="2024年度竹笛车间主任述职报告",
        record_title="2024年度竹笛车间主任述职报告.doc",
        date="2024-12-20",
        notes="file-name record title; page markers ⨽ n ⨼ cut sentences, glued with a space to the continuation or on lines of their own; upload stamp is no date",
        page="""
!m 积贝资料站 - 述职报告频道
!m 资料名称：2024年度竹笛车间主任述职报告.doc
!m 大小：35KB　类型：Word文档　上传时间：2024-12-24
!a 【立即下载】【加入收藏】【举报错误】
{T}
{BODY}
!a 温馨提示：预览内容不全，下载后可查看完整格式
!l 同类资料：生产车间主任年终述职　班组长个人述职报告
!d 资料由网友上传，若侵犯了您的权益，请来信说明，我们将尽快处理。
""",
        pages=dict(fmt="⨽ {n} ⨼", every=120, start=2, glue="mix", sep=" "),
        body="""
各位领导、同事们：
2024年，我担任桊溪清音乐器厂竹笛车间主任。一年来，在厂部的领导下，我带领车间23名职工完成了各项生产任务，现将履职情况报告如下。
一、生产任务完成情况。全年生产各调竹笛2.86万支，比上年增长12%；产品一次校音合格率由91%提高到96%。
二、技术改进情况。牵头改造了烤竹工位，用恒温烤箱代替明火，烤直工序的竹料损耗率下降了一半；组织老师傅带徒，新培养校音工4名。
三、安全和管理情况。全年车间未发生安全事故；推行“一笛一码”，每支竹笛都能追溯到制作人。
四、不足和打算。高端笛的产量还偏低，明年计划新增紫竹笛生产线，力争高端产品占比达到三成。
述职人：蓝守义
2024年12月20日
""",
    ),
    dict(
        slug="exam-woyuan-notice-music-teacher-flute-timetable",
        site="渥源人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.wyrsks.cn/ksgg/2024/0705/1290.html",
        title="渥源县2024年公开招聘中小学音乐教师专业技能测试有关事项的公告",
        record_title="【专业测试安排】渥源县2024年公开招聘中小学音乐教师专业技能测试有关事项的公告｜渥源人事考试网",
        date="2024-07-05",
        notes="exam site: maintenance banner, ticket float; a timetable one row a paragraph; 下载并打印准考证 is content; the notice's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【专业测试安排】渥源县2024年公开招聘中小学音乐教师专业技能测试有关事项的公告｜渥源人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统维护通知：本网站每周日凌晨0:00—6:00例行维护，届时暂停访问⟧</div>
<header>⟦m 渥源人事考试网⟧</header>
<nav><a>⟦m 首页⟧</a><a>⟦m 考试公告⟧</a><a>⟦m 报名入口⟧</a><a>⟦m 成绩查询⟧</a><a>⟦m 政策法规⟧</a></nav>
<div class="wz">⟦m 您现在的位置：首页 &gt; 考试公告⟧</div>
<h1>{T}</h1>
<div class="sj">⟦m 发布日期：2024-07-05　信息来源：县人社局⟧</div>
<div class="nr">
{BODY}
</div>
<div class="float-entry"><a>⟦a 准考证打印入口 »⟧</a></div>
<footer><p>⟦m 网站技术支持：0739-6401877（仅限网站使用问题）⟧</p><p>⟦m 湘ICP备16005520号⟧</p></footer>
</body></html>
""",
        body="""
根据招聘工作安排，现将专业技能测试有关事项公告如下：
一、测试时间和地点
2024年7月13日上午8:30，渥源县第一中学艺术楼。
二、测试内容
器乐演奏（竹笛须自带，其他乐器由考场统一提供）、视唱练耳、钢琴伴奏三项，按以下安排进行：
时间　项目　考场
8:30—10:00　器乐演奏　艺术楼101
10:20—11:00　视唱练耳　艺术楼203
11:20—12:00　钢琴伴奏　艺术楼205
三、其他事项
请考生于7月10日起登录本网站下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0739-6418231（县教育局人事股）
渥源县人力资源和社会保障局
2024年7月5日
""",
    ),
    dict(
        slug="exam-chengchuan-museum-restoration-brushrest-pdf",
        site="枨川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.chengchuan.gov.cn/sydw/2024/0809/2215.html",
        title="枨川县博物馆2024年公开招聘文物修复岗位实操考核公告",
        record_title="枨川县博物馆2024年公开招聘文物修复岗位实操考核公告.pdf",
        date="2024-08-09",
        notes="file-name record title; an attachment-preview line with the file name; the notice's 咨询电话 beside the site's technical line",
        page="""
!m 枨川人事考试信息网
!m 首页 > 事业单位招聘 > 考试公告
!m 附件预览：枨川县博物馆2024年公开招聘文物修复岗位实操考核公告.pdf
{T}
{BODY}
!a 下载PDF原件　｜　返回列表
!m 本站咨询：工作日 9:00-17:00　技术支持 0736-5200678
""",
        body="""
根据《枨川县博物馆2024年公开招聘工作人员简章》，现将文物修复岗位实操考核有关事项公告如下：
一、考核对象：笔试合格并通过资格复审的6名考生。
二、考核时间：2024年8月17日上午9:00。
三、考核地点：枨川县博物馆文物保护中心修复室。
四、考核内容：对一件残损的清代瓷笔架进行清洗、拼接和补配，限时120分钟，满分100分。考场提供修复工具和材料，考生不得自带任何胶粘剂。
五、请考生携带准考证和身份证于8:30前到达考场，迟到15分钟者不得入场。
咨询电话：0736-5267030
枨川县博物馆
2024年8月9日
""",
    ),
    dict(
        slug="tender-zhiling-consultation-satchel-lots",
        site="栉岭县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhiling.gov.cn/jyxx/zfcg/cggg/20240805/0317.html",
        title="栉岭县教育局学生布挎包采购项目竞争性磋商公告",
        record_title="栉岭县教育局学生布挎包采购项目竞争性磋商公告 - 采购公告 - 栉岭县公共资源交易网",
        record_date="2024-08-05",
        date="2024-08-05",
        notes="tender portal with countdown and file link; a lots table; 免费下载 磋商文件 is content; purchaser and agency contacts beside CA and trading-system lines; record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>栉岭县教育局学生布挎包采购项目竞争性磋商公告 - 采购公告 - 栉岭县公共资源交易网</title></head><body>
<header>⟦m 栉岭县公共资源交易网⟧</header>
<nav><a>⟦m 首页⟧</a><a>⟦m 交易信息⟧</a><a>⟦m 政策法规⟧</a><a>⟦m 服务指南⟧</a><a>⟦m 诚信体系⟧</a></nav>
<div class="loc">⟦m 当前位置：交易信息 › 政府采购 › 采购公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 信息时间：2024-08-05　阅读次数：477⟧</div>
<div class="countdown">⟦a 距开标还有 10 天 17 小时⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="files"><a>⟦a 磋商文件.zip（登录后下载）⟧</a></div>
<footer><p>⟦m CA证书办理：0745-3300911　交易系统技术支持：400-880-7716⟧</p><p>⟦m 湘ICP备2019004413号⟧</p></footer>
</body></html>
""",
        body="""
项目编号：ZLCG-2024-0317
一、项目概况：栉岭县教育局为全县小学一年级新生采购布挎包，预算金额38.4万元，分两个包组。
包组　品名　数量　最高限价
1　帆布挎包（含校徽印制）　6000只　28元/只
2　蓝印花布挎包　3600只　60元/只
二、供应商资格要求：具有独立承担民事责任的能力，近三年内经营活动中无重大违法记录。
三、获取磋商文件：2024年8月6日至8月12日，登录交易平台免费下载。
四、响应文件提交截止时间：2024年8月16日9:30。
采购人：栉岭县教育局，联系人：彭老师，电话：0745-3310246
代理机构：榘城恒信招标咨询有限公司，联系人：晏工，电话：0745-3328019
""",
    ),
    dict(
        slug="tender-jucheng-result-handbells",
        site="榘城市政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://www.jcszfcg.cn/cjgg/2024/0828/6620.html",
        title="洚湖区小学教学用手摇铃采购项目成交结果公告",
        date="2024-08-28",
        notes="title given by the record as is; a result table; purchaser and agency phones beside the portal's service line; date under the notice",
        page="""
!m 榘城市政府采购网
!m 首页 > 采购公告 > 成交结果
{T}
!m 发布时间：2024-08-28 17:40　浏览：96
!a 【打印】【收藏】【关闭窗口】
{BODY}
!m 采购网服务热线：0737-8800123（工作日）
!d 本网站所载信息以采购人发布的原文为准
""",
        body="""
一、项目编号：JHJY-2024-021
二、项目名称：洚湖区小学教学用手摇铃采购项目
三、成交信息
供应商名称　成交金额　地址
榘城市清韵乐器有限公司　46800元　榘城市经济开发区鼓楼路9号
四、主要标的信息：铜制手摇铃（大号）260只，单价120元；铜制手摇铃（小号）240只，单价65元。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：榘城市洚湖区教育局，联系电话：0737-8830512
采购代理机构：榘城同信项目管理有限公司，联系电话：0737-8876203
2024年8月28日
""",
    ),
    dict(
        slug="lawfirm-pengyan-case-satchel-strap-injury",
        site="彭晏律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.pengyanlaw.com/yasf/xfwq/1188.html",
        title="挎包肩带断裂致人摔伤，商家要担责吗？",
        record_title="【以案说理】挎包肩带断裂致人摔伤，商家要担责吗？—彭晏律师事务所",
        date=None,
        notes="law firm's case note with 【案情】【分析】 parts; lawyer card, consult float, 400 line, repost notice; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【以案说理】挎包肩带断裂致人摔伤，商家要担责吗？—彭晏律师事务所</title></head><body>
<header><span>⟦m 彭晏律师事务所⟧</span> <span>⟦m 全国服务热线 400-862-1330⟧</span></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 律所简介⟧</a><a>⟦m 专业领域⟧</a><a>⟦m 律师团队⟧</a><a>⟦m 以案释法⟧</a><a>⟦m 联系我们⟧</a></nav>
<div class="crumbs">⟦m 首页 / 以案释法 / 消费维权⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 撰稿：晏文澜律师　阅读 655⟧</div>
<div class="article">
{BODY}
</div>
<div class="lawyer-card">⟦w 晏文澜 律师｜擅长消费维权、人身损害赔偿｜手机 139 0745 2281⟧</div>
<div class="consult-float">⟦w 免费咨询 · 律师 5 分钟内回电⟧</div>
<p class="repost">⟦d 本文为本所律师原创，如需转载请注明作者及出处⟧</p>
<footer>⟦m 地址：栉岭县城北新区法治大道66号⟧ ⟦m 湘ICP备20016623号⟧</footer>
</body></html>
""",
        body="""
【案情】市民刘女士在某商场购买了一只帆布挎包，使用不到一个月，肩带与包身连接处突然断裂。当时她正在下楼梯，伸手去接挎包时失去平衡摔倒，造成右手腕骨折。刘女士要求商场赔偿医疗费、误工费等共计2.3万元，商场以“挎包已经售出、摔倒是自己不小心”为由拒绝。
【分析】根据《民法典》第一千二百零三条，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向销售者请求赔偿。经鉴定，该挎包肩带连接处缝线密度明显低于行业标准，属于产品缺陷。
【结果】法院判决商场赔偿刘女士各项损失1.96万元。商场赔偿后，可以向生产厂家追偿。
【律师提示】购物时应保留小票和付款记录；发生损害后，及时保存缺陷产品，不要自行修补。
""",
    ),
    dict(
        slug="lawfirm-pengyan-letter-flute-trademark",
        site="彭晏律师事务所 (invented law firm)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.pengyanlaw.com/wsfl/zscq/207.html",
        title="关于要求停止使用“桊溪竹韵”商标的律师函",
        date="2024-10-15",
        notes="title given by the record as is; a lawyer's letter with its own contact line beside the firm's 400 line and a drafting-service prompt",
        page="""
!m 彭晏律师事务所 · 文书范例
!m 您在这里：首页 > 律师文书 > 知识产权
{T}
!m 整理：律所行政部　浏览 201
{BODY}
!w 需要起草律师函？在线提交需求，律师当天联系您
!m 全国服务热线 400-862-1330
!d 文书已隐去当事人敏感信息，仅供参考
""",
        body="""
榘城市笛缘乐器商行：
桊溪县竹韵民族乐器厂（以下简称“委托人”）委托本所，就贵商行在竹笛产品及网店页面上使用“桊溪竹韵”标识一事，致函如下：
委托人于2019年依法取得“桊溪竹韵”注册商标专用权，核定使用商品为竹笛等民族乐器，目前仍在有效期内。经查，贵商行自2024年3月起在其销售的竹笛及网店页面上使用相同标识，足以导致消费者混淆。
本所特此函告，请贵商行自收到本函之日起七日内停止使用上述标识，下架相关商品，并与本所联系协商后续事宜。逾期未处理的，委托人将依法追究贵商行的法律责任。
联系人：彭律师，电话：0745-3352207
彭晏律师事务所
2024年10月15日
""",
    ),
]
