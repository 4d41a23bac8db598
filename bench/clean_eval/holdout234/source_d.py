"""holdout234, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="cityforum-fuchuan-post-rusty-suggestion-box-jammer",
        site="蜉川生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.fuchuanlife.example.com/thread-92231-1-1.html",
        title="小区门口的意见箱锁都锈死了，到底有没有人看？",
        record_title=None,
        date=None,
        notes="county forum with jammer fonts: no title in the record (the thread subject); a weather line, "
        "medals, a forward-to-department link and an official-reply count, a decoration ad with a phone; "
        "posted '前天' (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>小区门口的意见箱锁都锈死了，到底有没有人看？ - 民生杂谈 - 蜉川生活网</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js"></script>
</head><body>
<div id="hd">⟦m 蜉川生活网⟧ <span>⟦m 蜉川今日：多云 18~26℃⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 蜉川生活网 › 民生杂谈 › 帖子⟧</div>
<div class="ad">⟦w 西苑装修找老唐，全包价低，电话 139-0736-2217⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="pls">⟦m 西苑老住户⟧<br>⟦m 勋章：热心邻居 · 五年老友⟧</div>
<div class="authi">⟦m 发表于 前天 19:22 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov">⟦a 一键转交职能部门⟧ ⟦l 官方回复（1）⟧</div>
<div class="po">⟦a 顶 踩 回复 分享⟧</div>
<div class="replies"><p>⟦l 沙发　橙子汽水：我们小区也是，形同虚设⟧</p><p>⟦l 板凳　蜉川街坊：支持发帖，看物业怎么说⟧</p></div>
<div id="ft">⟦m 蜉川生活网 版权所有 赣ICP备16022814号-2⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在蜉川县城西苑小区五年了，小区门口物业挂的那个意见箱，我就没见它打开过。
上周我特意去看了一下，箱子上的锁已经锈成一坨，投信口被小广告糊住了一半。透过缝往里看，里面塞满了纸条，最底下的已经发黄。
我之前往里面投过两次，一次反映单元门禁坏了，一次反映地下车库积水，都没有任何回音。后来还是打了物业电话才有人来修。
想问问物业：这个意见箱到底谁负责开？多久开一次？如果不打算用了，干脆拆掉，别让大家白写。
也想问问街道：小区的意见箱有没有人管？
""",
    ),
    dict(
        slug="cityforum-tangxi-post-village-mobile-ballot-junk",
        site="螗溪人家论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.tangxirenjia.example.cn/forum.php?mod=viewthread&tid=51720",
        title="村里换届，流动票箱送到了家门口",
        record_title="[乡村记事] 村里换届，流动票箱送到了家门口（内附现场图） - 乡镇新闻 - 螗溪人家论坛",
        date=None,
        notes="county forum text with junk lines and junk glued after 。; posted '4 天前' (no date); a poster's "
        "level line, a picture placeholder, replies and the forum's footer",
        page="""
!m 螗溪人家论坛 — 螗溪人自己的网上家园
!m 首页 › 乡镇新闻 › 帖子
!t [乡村记事] 村里换届，流动票箱送到了家门口（内附现场图）
!m 楼主：蝣塘小二　等级：乡贤　发表于 4 天前
{BODY}
!m [附图3张，点击查看原图]
!a 点赞 ｜ 收藏 ｜ 转发到朋友圈
!l 1楼 老街坊：为老人点赞
!l 2楼 螟湾人：我们村下周投票
!a 登录后才可以回帖哦
!m 螗溪人家论坛　湘ICP备15010927号
""",
        junk=dict(lines=2, glued=2),
        body="""
今天是我们螟湾乡蝣塘村村委会换届投票的日子。我妈腿脚不好，前几天在村里登记了流动投票。
上午十点多，三个工作人员抱着票箱来了，一个是村里的老会计，另外两个是乡里派来的。他们先把票箱翻过来给我们看，上面贴着封条，还有三个人的签名。
我妈拿到选票，让我帮她念了一遍候选人的名字，然后自己画了勾，折好投进箱子里。前后不到十分钟。
工作人员说，今天全村登记流动投票的有十九户，要跑完得到下午。
以前总觉得选举离我们很远，今天看着我妈认认真真投票，心里挺感慨的。
""",
    ),
    dict(
        slug="download-baihe-table-card-guide-doc-gb2312",
        site="百合资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规范",
        kind="other",
        form="html",
        source="http://www.baihezl.example.com/soft/bangong/20417.html",
        title="会议桌签制作及摆放规范说明",
        record_title="会议桌签制作及摆放规范说明.doc",
        date=None,
        notes="old gb2312 file-info table with three download links, an unzip password, a dead-link report and a "
        "floating ad; a .doc file name as the record title; an update stamp (no date); the guide's numbered items",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>会议桌签制作及摆放规范说明.doc_百合资料站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 百合资料站⟧</td><td>⟦m 办公资料 一站下载⟧</td><td><a>⟦a 加入收藏⟧</a></td></tr></table>
<table width="980" align="center"><tr><td class="nav">⟦m <a href="/">首页</a> | <a href="/bangong/">办公文档</a> | <a href="/biaoge/">表格模板</a> | <a href="/xingzheng/">行政管理</a> | <a href="/top/">排行榜</a>⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 所在位置：百合资料站 → 办公文档 → 行政管理⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：42.5 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-06-14⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 下载次数：3381⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="jianjie">⟦m 资料简介：⟧
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.baihezl.example.com⟧</td></tr>
<tr><td colspan="3">⟦a 下载地址无效？点此报告死链⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦d 本站资料来源于网络收集，仅供学习交流，下载后请于24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 百合资料站 闽ICP备08002716号⟧</td></tr></table>
<div id="float_ad" style="position:fixed;left:0;top:120px">⟦w 各类材料代笔 可加QQ 1706629413⟧</div>
</body></html>
""",
        p_html="<br>{}",
        body="""
一、制作要求
1.桌签一般采用三角立式，A4纸横向三折，可视面高7至8厘米。
2.姓名使用小标宋或黑体，两字姓名中间加一个全角空格，与三字姓名等宽。
3.双面打印，两面内容方向相反，折叠后两面均为正向。
4.有外宾参加的会议，中文在上，外文在下。
二、摆放要求
1.主席台桌签按座次图摆放，1号居中，2号在1号左手位，3号在1号右手位，依次排开。
2.桌签放在座位正前方、距桌沿约10厘米处，与桌沿平行，同一排桌签前后对齐。
3.会前由会务人员对照名单逐一核对，发现错漏立即更换。
三、其他
会后桌签应及时回收，涉密会议的桌签统一销毁，不得随意丢弃。
""",
    ),
    dict(
        slug="download-wenjiancang-rules-suggestion-box-wrapped",
        site="文件仓下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wenjiancang.example.net/down/zhidu/88316.html",
        title="蚨水县供水有限公司意见箱管理制度",
        record_title="蚨水县供水有限公司意见箱管理制度.docx",
        date=None,
        notes="a .docx file name as the record title; the rules hard-wrapped at 56 columns; 第N条 articles; an "
        "update stamp and a file-info line (no date); download buttons and a mirror notice",
        page="""
!m 文件仓下载站 · 专注办公文档
!m 当前位置：首页 > 规章制度 > 企业制度
{T}
!m 文件大小：19.5KB　|　更新：2025-01-06　|　格式：docx　|　授权：免费
!a ［立即下载］　［备用下载］　［加入下载篮］
!m 文件预览：
{BODY}
!a 以上为预览，完整格式请下载后用Word打开
!l 同类推荐：员工合理化建议管理办法｜客户投诉处理制度｜营业厅服务规范
!d 所有文件均来自网络，仅供参考，如侵犯了您的权益，请来信告知删除
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
第一条　为广泛听取用户和职工的意见建议，改进供水服务，制定本制度。
第二条　公司在营业大厅、各供水所和职工食堂设置意见箱，由综合办公室统一管理。
第三条　意见箱钥匙由综合办公室和纪检监察室各保管一把，开箱时须两人同时在场。
第四条　意见箱每周三下午开启一次，开箱人员当场登记信件数量，并在《意见箱开启登记簿》上签字。
第五条　对署名的意见建议，责任部门应在七个工作日内答复本人；对匿名的，在公司公示栏统一答复。
第六条　反映问题属实、被公司采纳的建议，年终给予适当奖励。
第七条　本制度由综合办公室负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="pta-xiacheng-notice-exam-staff-badges",
        site="蛱城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xcrsks.example.gov.cn/kwgl/202509/t20250904_4417.html",
        title="关于规范考务工作人员佩戴胸牌和工作证的通知",
        record_title="〔考务管理〕关于规范考务工作人员佩戴胸牌和工作证的通知_蛱城市人事考试网",
        date="2025-09-03",
        date_also=["2025-09-04"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the exam centre's own 咨询电话 "
        "beside the site's technical line; the 发布时间 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔考务管理〕关于规范考务工作人员佩戴胸牌和工作证的通知_蛱城市人事考试网</title>
<script src="/js/banner.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统维护公告：本网将于本周六22:00至次日6:00暂停报名服务⟧</div>
<div class="head">⟦m 蛱城市人事考试网⟧ <span>⟦m 蛱城市人事考试中心⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 考务管理⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书办理⟧</li></ul>
<div class="pos">⟦m 您现在的位置：首页 &gt;&gt; 考务管理⟧</div>
<div class="article"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-09-04 16:08　　来源：考务科⟧</div>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 打印 ｜ 关闭此页⟧</div></div>
<div class="float-right"><a>⟦a 准考证打印入口⟧</a><br><a>⟦a 成绩查询入口⟧</a></div>
<div class="foot">⟦m 主办：蛱城市人力资源和社会保障局⟧<br>⟦m 网站技术支持电话：0735-3609988（仅限网站使用问题）⟧<br>⟦m 粤ICP备12013306号⟧</div>
</body></html>
""",
        body="""
各区（县）人事考试机构、各考点：
为加强考点管理，便于考生和巡视人员识别，自2025年下半年起，我市组织的各类人事考试，考务工作人员统一佩戴胸牌上岗。现将有关要求通知如下。
一、胸牌分为主考、副主考、监考、巡考、保密、后勤六类，颜色各不相同，由市人事考试中心统一制作下发。
二、考务工作人员凭胸牌和身份证进入考点，胸牌应佩戴在胸前显著位置，不得转借他人。
三、考试结束后，各考点于三个工作日内将胸牌清点收回，交区（县）人事考试机构统一保管。
咨询电话：0735-3602217（工作日）。
蛱城市人事考试中心
2025年9月3日
""",
    ),
    dict(
        slug="pta-huishan-notice-interview-room-table-cards",
        site="蟪山人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.huishan.example.gov.cn/kwdt/2025/0819/771.html",
        title="关于2025年县直事业单位面试考场布置有关事项的通知",
        record_title="关于2025年县直事业单位面试考场布置有关事项的通知 - 考务动态 - 蟪山人事考试信息网",
        date="2025-08-18",
        date_also=["2025-08-19"],
        notes="exam site text: '发布于' differs from the 成文日期; a ticket-printing entry line at the top; "
        "'下载打印面试通知书' is content; the centre's own phone beside the site's technical line",
        page="""
!m 蟪山人事考试信息网
!a 面试通知书打印入口 ＞＞
!m 首页 ＞ 考务动态
{T}
!m 发布于 2025-08-19 10:20　　浏览 2744 次
{BODY}
!a 【打印】　【收藏】　【关闭】
!l 相关链接：2025年县直事业单位公开招聘面试公告｜面试考生须知
!m 主办单位：蟪山县人事考试中心　网站维护电话：0738-6620999
""",
        indent="\u3000\u3000",
        body="""
各面试考点：
为规范面试考场布置，现就桌签设置等有关事项通知如下。
一、考官桌签只标注“主考官”“考官一”至“考官六”，不得出现考官姓名和工作单位。
二、考生桌签只标注“考生”二字，不得标注考生姓名、抽签序号等信息。
三、记分员、计时员、监督员的桌签分别放置在考场两侧，面向考官席。
四、各考点于面试前一天下午完成考场布置，由县人事考试中心逐一检查验收。
请考生提前登录本网下载打印面试通知书，按规定时间到达考点。
联系电话：0738-6620451。
蟪山县人事考试中心
2025年8月18日
""",
    ),
    dict(
        slug="tender-linghu-inquiry-laser-page-turners-table",
        site="蛉湖区公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.linghu.example.gov.cn/jyxx/zfcg/xjgg/20250509/9904.html",
        title="蛉湖区第二中学多媒体教室激光翻页笔采购询价公告",
        record_title="【校园采购·询价】蛉湖区第二中学多媒体教室激光翻页笔采购询价公告 - 蛉湖区公共资源交易网",
        date="2025-05-09",
        notes="tender portal: a countdown, CA and trading-system hotlines beside the purchaser's and agency's own "
        "contacts; an items table one row a paragraph; the 公告 date under the agency's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>蛉湖区第二中学多媒体教室激光翻页笔采购询价公告 - 蛉湖区公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="top">⟦m 蛉湖区公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<ul class="menu"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="loc">⟦m 首页 / 交易信息 / 政府采购 / 询价公告⟧</div>
<div class="gg"><h3>{T}</h3>
<div class="gg-info">⟦m 信息来源：蛉湖恒信招标代理有限公司　阅读次数：517⟧</div>
<div class="cd">⟦m 距报价截止还有：6天23时15分⟧</div>
<div class="gg-text">
{BODY}
</div>
<div class="fj">⟦a 询价文件（PDF）点击下载⟧</div></div>
<div class="help"><p>⟦m CA证书办理咨询：400-018-6620⟧</p><p>⟦m 交易系统技术支持：0735-7739000⟧</p></div>
<div class="foot">⟦m 蛉湖区公共资源交易中心　版权所有⟧<br>⟦m 粤ICP备19002231号⟧</div>
</body></html>
""",
        body="""
项目编号：LHJY-2025-XJ-0317
一、采购内容
品目　数量　主要参数
激光翻页笔　60支　红光，功率小于1mW，遥控距离不少于30米
备用电池　120节　7号碱性电池
二、报价要求：供应商须提供产品激光安全等级检测报告，报价含税、含运费。
三、报价截止时间：2025年5月16日17:00。
四、联系方式
采购人：蛉湖区第二中学，联系人：欧老师，电话：0735-7725103。
代理机构：蛉湖恒信招标代理有限公司，联系人：黎工，电话：0735-7738216。
蛉湖恒信招标代理有限公司
2025年5月9日
""",
    ),
    dict(
        slug="tender-huishan-result-service-badges-lots",
        site="蟪山县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://www.hsccgp.example.gov.cn/cjgg/20250422/1630.html",
        title="蟪山县政务服务中心工作人员胸牌及工作牌制作项目成交结果公告",
        date="2025-04-22",
        notes="record gives the title as is; a result table by lot one row a paragraph; the purchaser's and "
        "agency's contacts beside the site's service line; the 公告 date under the agency",
        page="""
!m 蟪山县政府采购网
!m 首页 > 采购公告 > 成交结果
{T}
!m 公告类型：成交结果　浏览：386
{BODY}
!a 〖打印〗〖关闭〗
!l 上一条：蟪山县第一中学食堂设备采购项目中标公告
!l 下一条：蟪山县农业农村局无人机采购项目更正公告
!m 蟪山县财政局主办　平台服务电话：0738-6601190
""",
        body="""
一、项目编号：HSCG-2025-0412
二、项目名称：蟪山县政务服务中心工作人员胸牌及工作牌制作项目
三、成交信息
包号　品目　成交供应商　成交金额（元）
1　金属胸牌（480枚）　蟪山县蚰田标牌制品有限公司　14400
2　亚克力工作牌（160个）　螽阳县雅印广告有限公司　6080
四、评审小组成员：齐慕远、阎晓舟、范一宁
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：蟪山县政务服务中心，联系人：柳工，电话：0738-6612088。
代理机构：蟪山县正源项目管理有限公司，联系电话：0738-6630127。
蟪山县正源项目管理有限公司
2025年4月22日
""",
    ),
    dict(
        slug="lawfirm-hengzhou-case-laser-pointer-eye-injury",
        site="衡舟律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengzhoulaw.example.com/anli/2025/0617.html",
        title="孩子用激光笔照伤同学眼睛，家长要承担责任吗？",
        record_title="看案说法｜孩子用激光笔照伤同学眼睛，家长要承担责任吗？- 衡舟律师事务所",
        date=None,
        notes="law-firm site: a lawyer card, a consult float, a 400 line and a repost notice; the case note has no "
        "date; 【案情】【分析】【提醒】 sections",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>看案说法｜孩子用激光笔照伤同学眼睛，家长要承担责任吗？- 衡舟律师事务所</title>
<script src="/js/kefu.js"></script>
</head><body>
<div class="top">⟦m 衡舟律师事务所⟧ <span>⟦m 专注侵权与家事纠纷⟧</span> <span>⟦w 全国咨询：400-615-2930⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 案例说法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="loc">⟦m 首页 › 案例说法 › 人身损害⟧</div>
<div class="art"><h1>{T}</h1>
<div class="art-meta">⟦m 整理：衡舟律师事务所研究室　阅读 1120⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="repost">⟦d 本文系衡舟律所原创，转载请联系授权并注明来源，擅自转载将追究责任⟧</div></div>
<div class="lawyer-card">⟦m 承办律师：卢静姝　执业证号 14301201810266413⟧<br>⟦w 预约面谈：0735-7781166⟧</div>
<div class="float-consult">⟦a 在线咨询律师⟧<br>⟦a 留下电话，律师回电⟧</div>
<div class="foot">⟦m 衡舟律师事务所 版权所有⟧<br>⟦m 粤ICP备20006614号⟧</div>
</body></html>
""",
        body="""
【案情】小学四年级学生小宇在课间用激光笔照射同学小林的眼睛，小林随后出现视力下降，经医院诊断为右眼黄斑损伤。小林的家长要求小宇的家长和学校赔偿医疗费等损失。
【分析】根据民法典的规定，无民事行为能力人、限制民事行为能力人造成他人损害的，由监护人承担侵权责任。小宇年仅十岁，其父母作为监护人应当承担赔偿责任。
同时，限制民事行为能力人在学校学习期间受到伤害，学校未尽到教育、管理职责的，应当承担相应的责任。如果学校此前已明确禁止携带激光笔，并在课间安排了巡查，可以减轻自身责任。
【提醒】家长应教育孩子不玩激光笔，学校应加强课间管理。发生伤害后，要及时就医，并保留好病历和票据。
""",
    ),
    dict(
        slug="lawsite-fushui-answer-owners-ballot-box-custody",
        site="蚨水律法通 (invented legal-advice site)",
        style="律所网站",
        genre="法律咨询",
        kind="other",
        form="text",
        source="http://www.fushuilvfa.example.cn/zixun/wuye/20250916/5518.html",
        title="业主大会的投票箱应该由谁保管？",
        record_title="问：业主大会的投票箱应该由谁保管？ - 蚨水律法通 法律咨询",
        date="2025-09-16",
        notes="legal-advice site text: the answer's 发布时间 line is the page's date; a not-legal-advice notice, "
        "a free hotline and a 'more answers' list; the answering lawyer's signature is body",
        page="""
!m 蚨水律法通 — 身边的法律帮手
!m 首页 > 法律咨询 > 物业纠纷
!t 问：业主大会的投票箱应该由谁保管？
!m 咨询人：蚨水网友　　分类：物业纠纷
!m 发布时间：2025-09-16 14:05　　律师已回复
{BODY}
!d 律师解答仅代表个人观点，不作为正式法律意见，具体问题请当面咨询。
!w 免费咨询热线：400-873-1266（9:00-21:00）
!l 更多相关咨询：业委会选举票数不够怎么办？｜物业能不能组织业主投票？
!m 蚨水律法通　湘ICP备22003318号
""",
        body="""
您好，根据您描述的情况答复如下：
业主大会会议采用书面投票的，投票箱的保管应当在业主大会议事规则中事先约定。实践中，一般由业主大会筹备组或业主委员会负责，投票期间由监票人共同监督，物业服务企业不宜单独保管投票箱。
投票箱启用前应当当众检查并封存，封条由监票人签名；投票结束后应当当众开箱计票，计票过程可以录像留存。
如果您认为投票箱保管存在问题，可以向所在街道办事处或者房产管理部门反映，也可以依法请求人民法院撤销业主大会作出的决定。
以上意见仅供参考。
蚨水县正衡律师事务所　闵律师
""",
    ),
]
