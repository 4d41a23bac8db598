"""holdout241, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (places, people, sites, URLs, numbers); see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="county-forum-juechuan-rusty-lantern-racks-jammer",
        site="镢川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.juechuan.cc/thread-1190482-1-1.html",
        title="老街灯笼架锈得快掉了，有没有人管管？",
        record_title=None,
        date=None,
        notes=(
            "county forum: no title in the record, the thread subject gives it; jammer fonts glued and on a line of "
            "their own; a weather line, medals, a forwarded-to-bureau link, a home-decoration ad; 12345 in the post "
            "is content; 2 天前 is no date"
        ),
        page="""
<html><head><meta charset="gbk"><title>镢川论坛 - 镢川人自己的网上家园</title>
<style>.jammer{font-size:0;color:transparent}</style></head><body>
<div id="toptb">⟦m 镢川今日：小雨转阴 4～9℃⟧　<a>⟦a 登录⟧</a> | <a>⟦a 注册⟧</a></div>
<div id="hd">⟦m 镢川论坛⟧ ⟦m 说镢川事 · 交镢川友⟧</div>
<div id="pt">⟦m 镢川论坛 › 民生热线 › 正文⟧</div>
<div class="ad-banner">⟦w 镢川好家装：旧房翻新、水电改造，免费上门量房 0745-3399188⟧</div>
<table><tr><td class="pls">⟦m 老街住户阿泉⟧<br>⟦m 勋章：热心网友 · 随手拍达人⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2 天前 | 查看 2306 | 回复 41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交县城市管理局，点此查看官方回复 »⟧</div>
<div class="po">⟦a 顶 ┆ 回复 ┆ 分享到微信群⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　菅塘老王：早上买包子就在那底下，确实吓人⟧</div>
<div class="reply">⟦l 板凳　路过的风：已经有人报了，等回复吧⟧</div>
<div id="side"><h3>⟦l 镢川热帖⟧</h3><p>⟦l 县城哪家米粉最地道？⟧</p><p>⟦l 菅塘镇周末赶集攻略⟧</p></div>
<div id="ft">⟦m 镢川论坛　湘ICP备08017723号　违法和不良信息举报：0745-3300110⟧</div>
<script src="data/cache/common.js?Rj9"></script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
菅塘镇老街东头那排灯笼架，去年春节搭起来以后就没拆，风吹雨淋一年，铁架子锈得一碰就掉渣。
前天晚上起大风，有一组架子的横梁掉下来半截，挂在电线上晃了一夜。底下就是早餐店的门口，早上人来人往，看着真吓人。
我拍了照片发到镇里的群里，也打了12345，说是会转给城管。可今天路过一看，还是原样，只是用一根绳子绑了一下。
马上又要过年了，是不是又要在这些锈架子上挂灯笼？希望有关部门重视一下，该拆的拆，该换的换，别等出了事再后悔。
""",
    ),
    dict(
        slug="county-forum-xianling-night-market-stall-number-tags-junk",
        site="锨岭生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.xianling-life.com/viewthread.php?tid=238817",
        title="夜市摊位号码牌抽签，我抽到了最里头",
        record_title="[城事杂谈] 夜市摊位号码牌抽签，我抽到了最里头（吐槽一下）- 锨岭生活网",
        date=None,
        notes=(
            "county forum as text: junk lines and junk glued after 。; a board prefix, a poster's aside and a site "
            "suffix in the record title; 前天 is no date; replies and the forum footer"
        ),
        page="""
!m 锨岭生活网 › 论坛 › 城事杂谈
!t [城事杂谈] 夜市摊位号码牌抽签，我抽到了最里头（吐槽一下）
!m 楼主　摆摊的小蒋　发表于 前天 23:08　只看楼主
{BODY}
!l 回复　#2　锨岭吃货：147号那排我去过，确实太黑了
!l 回复　#3　管理所小刘：已记录，路灯本周内安装
!a 发表回复前请先登录　｜　手机扫码访问本帖
!m 锨岭生活网　客服QQ群：60218817
""",
        junk=dict(lines=2, glued=2),
        body="""
锨岭夜市今年重新规划，摊位改成抽号码牌分配。我昨天去抽，抽到了147号，在最里头靠公厕的位置。
说实话，抽签比以前谁关系硬谁占好位置公平多了，这一点我服气。市场管理所的人当场公开摇号，号码牌一人一个，当场登记身份证，不能转让。
但有两个问题想提一下：一是最里头那一排没有路灯，晚上九点以后黑乎乎的，顾客根本不往里走；二是号码牌是塑料的，挂在摊位上被太阳一晒就褪色，看不清号码。
建议管理所给里排装几盏灯，号码牌换成铝的，多花不了几个钱。
各位摆摊的朋友，你们抽到几号了？
""",
    ),
    dict(
        slug="download-jiangcai-bumper-strip-work-instruction-gb2312",
        site="匠材下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.jiangcai-down.com/soft/jianzhu/20931.html",
        title="防撞条安装作业指导书",
        record_title="【施工资料】防撞条安装作业指导书 绿色版 - 匠材下载站",
        date=None,
        notes=(
            "old download station: a file-info table (update stamp is no date), three download links, an unzip "
            "password, a dead-link report, a floating ghost-writer ad; a work instruction with decimal headings 1.1–4.2, no date"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【施工资料】防撞条安装作业指导书 绿色版 - 匠材下载站</title></head>
<body>
<table width="980" align="center" border="0"><tr><td>⟦m 匠材下载站⟧</td><td>⟦m 建筑施工 · 安全技术 · 表格模板 免费下⟧</td></tr>
<tr><td colspan="2">⟦m 首页 → 建筑资料 → 施工方案 → 防撞条安装作业指导书⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="4"><b>⟦t 【施工资料】防撞条安装作业指导书 绿色版⟧</b></td></tr>
<tr><td>⟦m 资料大小：56 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：2024-04-30⟧</td><td>⟦m 下载次数：1386⟧</td></tr>
<tr><td colspan="4">⟦m 运行环境：Word 2003 及以上 / WPS⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
<p><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：本地直连下载⟧<br>
⟦m 解压密码：www.jiangcai-down.com⟧<br>
⟦a 下载地址失效？点此报告死链⟧
</td></tr></table>
<div id="float_ad" style="position:absolute;left:2px;top:300px">⟦w 施工方案代编 投标文件代做 QQ：3150876624⟧</div>
<table width="980" align="center"><tr><td>⟦l 相关资料：车库标识标线施工方案.doc　护角条安装技术交底.doc⟧</td></tr></table>
<script language="javascript" src="/js/down_count.js"></script>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习研究，请在下载后24小时内删除。⟧<br>⟦m 匠材下载站 2010-2024　冀ICP备10027715号⟧</td></tr></table>
</body></html>
""",
        body="""
1 适用范围
1.1 本指导书适用于地下车库、仓库通道、电梯厅等部位橡塑防撞条的安装。
1.2 金属防撞护角的安装参照执行。
2 施工准备
2.1 材料进场后核对规格、颜色和数量，检查防撞条有无开裂、变形。
2.2 准备电钻、膨胀螺栓、结构胶、卷尺、水平尺和清洁用品。
3 安装工序
3.1 基层清理：清除墙面、柱面的灰尘和油污，基层应干燥平整。
3.2 定位放线：按设计高度弹线，离地高度一般为0.3米至1.2米。
3.3 固定：先涂结构胶，再用膨胀螺栓固定，螺栓间距不大于0.5米。
3.4 收口：转角处防撞条应整根弯折，不得拼接；端头用专用堵头封闭。
4 验收
4.1 防撞条应平直牢固，用手推拉无松动。
4.2 表面无胶痕、划伤，反光条完整清晰。
""",
    ),
    dict(
        slug="download-baiwen-calendar-print-shop-rules-doc",
        site="百文下载吧 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.baiwenxzb.com/down/zhidu/66120.html",
        title="挂历印刷装订车间安全操作规程",
        record_title="挂历印刷装订车间安全操作规程.doc",
        date=None,
        notes=(
            "file-name record title; a download station's file line (更新 stamp is no date), download buttons and a "
            "security-scan note; a rule with 第一条…第八条 and only an effective clause (no date)"
        ),
        page="""
!m 百文下载吧 —— 制度表格一站下
!m 当前：首页 ＞ 规章制度 ＞ 安全操作规程
!t 挂历印刷装订车间安全操作规程.doc
!m 文件大小：32KB　更新：2024-05-17　授权：免费　语言：简体中文
!m 安全检测：已通过三款杀毒软件扫描
{BODY}
!a 【本地下载】　【镜像下载】　【网盘下载】
!l 同类资料：印刷机械安全操作规程.doc　裁切机操作规程.doc
!d 百文下载吧资料来源于网络，仅供参考，如侵犯了您的权益请来信告知。
""",
        indent="\u3000\u3000",
        body="""
第一条　为保障挂历印刷装订作业安全，防止机械伤害和火灾事故，制定本规程。
第二条　本规程适用于本厂挂历、台历的印刷、裁切、打孔和穿圈装订作业。
第三条　操作人员须经岗前培训合格后上岗，作业时穿戴工作服，长发盘入工作帽，不得戴手套操作裁切机。
第四条　裁切机工作时，严禁将手伸入刀口下方；清理纸屑必须停机并切断电源。
第五条　打孔机、穿圈机的防护罩不得擅自拆除；发现设备异响应立即停机报修。
第六条　车间内纸张、油墨堆放应与电气设备保持一米以上距离，严禁吸烟和使用明火。
第七条　每班结束后，清理车间纸屑，关闭设备电源，填写交接班记录。
第八条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="exam-hongcheng-interview-number-tags-notice",
        site="纮城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hcrsks.cn/ksdt/2024/0612/2291.html",
        title="关于2024年纮城市事业单位公开招聘面试抽签及号码牌佩戴事项的公告",
        record_title="〔考前须知〕关于2024年纮城市事业单位公开招聘面试抽签及号码牌佩戴事项的公告 - 纮城人事考试网",
        date="2024-06-12",
        notes=(
            "personnel-exam site: a maintenance banner with its own times, an admission-notice float, a technical "
            "line beside the exam office's own 咨询电话; 下载并打印面试通知书 is content; 成文日期 under the signature"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考前须知〕关于2024年纮城市事业单位公开招聘面试抽签及号码牌佩戴事项的公告 - 纮城人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统将于6月15日22:00至24:00停机维护，届时暂停网上报名与缴费⟧</div>
<div class="ks-head">⟦m 纮城人事考试网⟧ ⟦m 公开 · 公平 · 公正⟧</div>
<div class="ks-nav">⟦m 首页 ｜ 考试动态 ｜ 报名入口 ｜ 成绩查询 ｜ 政策法规⟧</div>
<div class="ks-pos">⟦m 首页 > 考试动态 > 事业单位招聘⟧</div>
<h1>⟦t 〔考前须知〕关于2024年纮城市事业单位公开招聘面试抽签及号码牌佩戴事项的公告⟧</h1>
<div class="ks-meta">⟦m 信息来源：考务科　浏览次数：18342⟧</div>
<div class="ks-body">
<p class="t">{T}</p>
{BODY}
</div>
<div class="float-r" style="position:fixed;right:10px;top:200px">⟦a 面试通知书打印入口 »⟧</div>
<div class="ks-foot">
<p>⟦m 网上报名技术咨询：0743-2261099（仅限系统故障）⟧</p>
<p>⟦m 主办：纮城市人力资源和社会保障局　湘ICP备13005529号⟧</p>
</div>
<div class="ks-side"><h4>⟦l 常用入口⟧</h4><p>⟦l 准考证打印 · 成绩查询 · 资格复审名单⟧</p></div>
<script src="/js/ks-float.js"></script>
</body></html>
""",
        body="""
各位考生：
2024年纮城市事业单位公开招聘面试定于6月22日至23日在纮城职业技术学院举行。现将面试抽签和号码牌佩戴有关事项公告如下：
一、考生须于6月19日起登录本网站下载并打印面试通知书，面试当天凭面试通知书和有效身份证件参加抽签。
二、考生抽签后领取面试号码牌，将号码牌佩戴在左胸前，面试全程不得向考官透露姓名、准考证号等个人信息。
三、考生不得穿着带有本人单位、学校标识的服装，违者按违纪处理。
四、面试结束后，考生须将号码牌交还候考室工作人员，方可离场。
咨询电话：0743-2261055（工作日9:00—12:00，14:30—17:30）
纮城市人事考试院
2024年6月12日
""",
    ),
    dict(
        slug="exam-chaxi-written-test-barrier-closed-site",
        site="杈溪县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.cxrsks.gov.example.cn/kwdt/20241125/1470.html",
        title="关于2024年下半年杈溪县事业单位笔试考点实行隔离栏封闭管理的通告",
        record_title="考务动态 >> 关于2024年下半年杈溪县事业单位笔试考点实行隔离栏封闭管理的通告 〔置顶〕",
        date="2024-11-25",
        notes=(
            "exam site as text: a column prefix with >> and a 〔置顶〕 tag in the record title; a 1.–4. list; "
            "下载打印准考证 and the bureau's own 咨询电话 in the body beside the site's technical line"
        ),
        page="""
!m 杈溪县人事考试信息网
!m 首页 >> 考务动态
!t 考务动态 >> 关于2024年下半年杈溪县事业单位笔试考点实行隔离栏封闭管理的通告 〔置顶〕
!m 来源：县人社局考试股　点击：6652
{BODY}
!a 〖打印本页〗〖关闭〗
!m 网站运行维护：杈溪县信息中心　维护电话：0737-4420999
!m 杈溪县人事考试信息网　版权所有
""",
        indent="\u3000\u3000",
        body="""
各位考生：
2024年下半年杈溪县事业单位公开招聘笔试将于11月30日在杈溪县第一中学考点举行。为维护考点秩序，考点实行隔离栏封闭管理。现将有关事项通告如下：
1.考点大门外50米设置隔离栏，送考人员请在隔离栏外等候，不得进入隔离区域。
2.考生凭准考证和身份证从隔离栏东侧通道进入，接受身份核验和安检，请预留充足时间。
3.考点周边道路临时禁停，请考生绿色出行。
4.考试结束后，考生从隔离栏西侧通道有序离场。
考生可登录杈溪县人事考试信息网下载打印准考证，如有疑问请拨打咨询电话：0737-4420318。
杈溪县人力资源和社会保障局
2024年11月25日
""",
    ),
    dict(
        slug="tender-hongcheng-median-barrier-renewal-announcement",
        site="纮城市公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.hongcheng.gov.example.cn/jyxx/zfcg/20240805/004127.html",
        title="钎湖区城区道路中央隔离栏更新改造项目招标公告",
        record_title="钎湖区城区道路中央隔离栏更新改造项目招标公告（工程建设）｜纮城市公共资源交易网",
        record_date="2024-08-05",
        date="2024-08-05",
        notes=(
            "tender portal: the record gives the date; a countdown, a CA certificate line and a trading-system "
            "support line beside the purchaser's and agency's own contacts; a lots table one row a paragraph; "
            "下载招标文件 is content; attachment links"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>钎湖区城区道路中央隔离栏更新改造项目招标公告（工程建设）｜纮城市公共资源交易网</title></head>
<body>
<div class="jy-top">⟦m 纮城市公共资源交易网⟧　⟦a 主体注册 ｜ 交易系统登录⟧</div>
<div class="jy-nav">⟦m 交易信息 / 工程建设 / 政府采购 / 土地矿产 / 产权交易⟧</div>
<div class="jy-pos">⟦m 当前：交易信息 › 工程建设 › 招标公告⟧</div>
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息时间：2024-08-05　阅读次数：903⟧</div>
<div class="jy-count">⟦a 距投标截止还有 27 天 06 时 12 分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-fj">⟦l 附件：招标公告正文.pdf ｜ 工程量清单.xlsx⟧</div>
<div class="jy-foot">
<p>⟦m CA数字证书办理及驱动咨询：0743-2356000⟧</p>
<p>⟦m 电子交易系统技术支持：400-870-6618（7×12小时）⟧</p>
<p>⟦m 纮城市公共资源交易中心主办　湘ICP备18011230号⟧</p>
</div>
<div class="jy-side"><h4>⟦l 最新公告⟧</h4><p>⟦l 纮东区老旧小区改造监理项目招标公告⟧</p></div>
<script src="/js/countdown.js"></script>
</body></html>
""",
        body="""
一、项目概况
钎湖区城区道路中央隔离栏更新改造项目已批准建设，资金来源为财政资金，现进行公开招标。
二、招标范围及标段
标段　内容　最高限价
一标段　人民路、钎湖路中央隔离栏拆除及新装约6.2公里　318万元
二标段　滨江路、职教大道中央隔离栏新装约4.8公里　246万元
三、投标人资格要求
投标人须具备市政公用工程施工总承包三级及以上资质，近三年内有类似业绩。
四、招标文件获取
请于2024年8月6日至8月12日登录纮城市公共资源交易平台下载招标文件。
五、联系方式
招标人：纮城市钎湖区城市管理局　联系人：谭工　电话：0743-2356718
招标代理：纮城德衡工程咨询有限公司　联系人：杨女士　电话：0743-2398021
""",
    ),
    dict(
        slug="tender-juechuan-lantern-rack-purchase-bid-result",
        site="镢川县公共资源交易中心网站 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.juechuan.gov.example.cn/zbgg/2024/1209/11870.html",
        title="镢川县2025年春节城区亮化灯笼架采购项目中标结果公告",
        date="2024-12-09",
        notes=(
            "record title as is; the centre's name heads the page and signs the notice (head); a results table one row "
            "a paragraph; purchaser and agency contacts in the body beside the site's CA line; 成文日期 at the end"
        ),
        page="""
!m 镢川县公共资源交易中心
!m 交易公告 ＞ 政府采购 ＞ 结果公告
{T}
!m 浏览：1207　【大 中 小】
{BODY}
!a 〔打印〕〔收藏〕〔返回〕
!m CA锁办理：交易中心一楼3号窗口　0745-3302000
!m 镢川县公共资源交易中心　湘ICP备19003317号
""",
        indent="\u3000\u3000",
        body="""
一、项目编号：JCCG-2024-1187
二、项目名称：镢川县2025年春节城区亮化灯笼架采购项目
三、中标信息
包号　中标供应商　中标金额
1包（钢制灯笼架360组）　镢川县明光金属制品有限公司　41.76万元
2包（竹制灯笼架80组）　柟坪镇老柯竹艺合作社　12.80万元
四、评审专家：龚一鸣、吕清、田野、包文、程雪
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：镢川县城市管理局　联系人：赵文涛　电话：0745-3381426
采购代理机构：镢川县公共资源交易中心　联系人：钟敏　电话：0745-3302110
镢川县公共资源交易中心
2024年12月9日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-garage-pillar-bumper-strip-case",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="article",
        form="html",
        source="https://www.hengzheng-law.cn/anli/wuye/1288.html",
        title="车库立柱没装防撞条，车被剐了找谁？",
        record_title="衡正说法 · 车库立柱没装防撞条，车被剐了找谁？ - 衡正律师事务所",
        date=None,
        notes=(
            "law firm: a lawyer card, a consult float with a 400 line, a repost notice; 【案情】【分析】【结果】【律师提示】 "
            "paragraphs; 2 个月前 is no date; a consult prompt glued after a 。"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>衡正说法 · 车库立柱没装防撞条，车被剐了找谁？ - 衡正律师事务所</title></head>
<body>
<header>⟦m 衡正律师事务所⟧ ⟦m 专注物业与不动产纠纷⟧ <nav>⟦m 首页 律所介绍 律师团队 衡正说法 联系我们⟧</nav></header>
<div class="pos">⟦m 首页 › 衡正说法 › 物业纠纷⟧</div>
<article>
<h1>⟦t 衡正说法 · 车库立柱没装防撞条，车被剐了找谁？⟧</h1>
<div class="meta">⟦m 2 个月前　阅读 2210⟧</div>
<div class="content">
{BODY}
</div>
<div class="card">⟦m 承办律师：韩启明　执业十二年　擅长物业服务合同纠纷⟧</div>
<div class="repost">⟦d 转载须注明“衡正律师事务所官网”并保留律师署名⟧</div>
</article>
<div class="float-consult">⟦w 免费咨询 ☎ 400-066-8148⟧ ⟦a 在线留言⟧</div>
<aside><h4>⟦l 热门咨询⟧</h4><p>⟦l 物业费拖欠多久会被起诉？⟧</p><p>⟦l 小区车位产权归谁？⟧</p></aside>
<footer>⟦m 衡正律师事务所　地址：纮城市钎湖区法苑路9号　湘ICP备20016683号⟧</footer>
<script src="/js/kefu.js"></script>
</body></html>
""",
        body="""
【案情】业主周先生在小区地下车库倒车时，车门剐到一根没有任何防护的立柱，修车花了3800元。他认为物业没有在立柱上安装防撞条，应当赔偿；物业则称立柱位置固定，是周先生自己操作不当。
【分析】物业服务企业对小区共用部位负有管理和维护义务。车库立柱棱角锋利、照明不足，又未设置防撞条和警示标识，物业未尽到合理的安全保障义务，应承担相应责任；周先生倒车未注意观察，自身也有过错。
【结果】经法院调解，物业承担60%的维修费用，并在一个月内为车库全部立柱加装防撞条。⟦w 遇到类似纠纷？点击右侧按钮一对一咨询⟧
【律师提示】业主遇到类似情况，应及时拍照、报警或请物业到场确认，保留维修发票等证据。
""",
    ),
    dict(
        slug="lawfirm-mingnuo-calendar-photo-copyright-letter",
        site="明诺律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.mingnuo-lawyer.com/wenshu/2024/1120/305.html",
        title="关于贵司挂历擅用摄影作品的律师函",
        record_title="【律师函参考】关于贵司挂历擅用摄影作品的律师函 - 明诺律师事务所",
        date="2024-11-18",
        notes=(
            "law firm as text: a bracketed prefix and firm suffix in the record title; the letter's own contact line "
            "beside the firm's 400 hotline; 成文日期 in Chinese numerals under the firm's name"
        ),
        page="""
!m 明诺律师事务所 | 知识产权 · 文化传媒法律服务
!m 首页 / 律师文书 / 知识产权
!t 【律师函参考】关于贵司挂历擅用摄影作品的律师函 - 明诺律师事务所
!m 整理：明诺知产部　阅读量：947
{BODY}
!w 版权侵权维权咨询热线：400-150-3368（全国）
!l 相关文书：关于停止销售侵权台历的律师函｜图片侵权和解协议（示例）
!d 本页文书已隐去部分信息，仅作参考，不构成对具体案件的法律意见。
""",
        indent="\u3000\u3000",
        body="""
纮城彩印文化传播有限公司：
本所接受摄影师程远先生的委托，指派韩婧律师就贵司挂历擅用其摄影作品一事，向贵司致函如下：
一、程远先生系《錾水晨雾》等十二幅摄影作品的著作权人，上述作品已于2021年在其个人网站公开发表。
二、经查，贵司印制销售的《2025山水錾阳》挂历使用了上述作品中的七幅，既未取得授权，也未署名、支付报酬，侵犯了委托人的署名权、复制权和发行权。
三、请贵司自收到本函之日起七日内停止印制和销售上述挂历，并与本所联系协商赔偿事宜。逾期，委托人将依法提起诉讼。
联系人：韩婧律师，电话：0743-2209717
明诺律师事务所
二〇二四年十一月十八日
""",
    ),
]
