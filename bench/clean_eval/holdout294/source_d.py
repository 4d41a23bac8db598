"""holdout294, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="countyforum-fachuan-lost-willow-basket-bus-jammer",
        site="垡川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.fachuan-home.com/thread-388120-1-1.html",
        title="谁家老人的柳编提篮落在7路公交上了？里面有药和老年证",
        record_title="[失物待领] 谁家老人的柳编提篮落在7路公交上了？里面有药和老年证 - 便民信息 - 垡川论坛",
        date=None,
        notes="a county forum with a weather line, medals, jammer fonts, an ad QQ and a hand-to-officials link; the "
        "poster's own phone of the dispatch station stays; posted 3 小时前: no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[失物待领] 谁家老人的柳编提篮落在7路公交上了？里面有药和老年证 - 便民信息 - 垡川论坛</title>
<script type="text/javascript">var discuz_uid='0',cookiepre='fc_';</script>
</head><body>
<div id="hd"><span>⟦m 垡川论坛 · 垡川人的网上家园⟧</span> <span class="wx">⟦m 今日垡川：晴转多云　-3℃～6℃⟧</span></div>
<div id="pt">⟦m 垡川论坛 › 民生服务 › 便民信息⟧</div>
<div class="ad">⟦w 瓷砖美缝、旧房翻新，专业师傅上门，QQ 2866013594⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 文昌路老邢⟧</p><p>⟦m 勋章：热心市民　便民之星⟧</p></td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 3 小时前　只看楼主　电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zx">⟦l 本帖已转交县交通运输局，官方回复请点这里⟧</div>
<div class="po">⟦a 顶一下　转到朋友圈　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2#　梨花巷口：已转到我们小区群里了⟧</div>
<div class="reply">⟦l 3#　老柴：好人一生平安⟧</div>
<div id="ft">⟦m 垡川论坛 版权所有 ( 冀ICP备09024471号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
今天上午十点多，我坐7路公交从埤口镇到县城，在文昌路站下车时，发现后排座位底下有一只柳编提篮。
篮子是新编的，提梁上缠着红布条，里面有两盒降压药、一袋鸡蛋，还有一本老年证，名字看着像是姓邵。
我已经把提篮交给了公交公司文昌路调度站，调度站的师傅说会帮忙保管一周。
家里有老人今天坐过7路车的，麻烦帮忙问一问。药是天天要吃的，老人这会儿肯定着急。
认领时带上老人身份证或者户口本，到文昌路调度站找值班的冯师傅就行，调度站电话0398-5233017。
""",
    ),
    dict(
        slug="countyforum-yongxi-kerosene-lamp-blackout-junk",
        site="邕溪社区论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.yongxi-bbs.net/forum.php?mod=viewthread&tid=90417",
        title="停电别再点煤油灯了，说说我家差点出的事",
        record_title="【提个醒】停电别再点煤油灯了，说说我家差点出的事 - 家长里短 - 邕溪社区论坛",
        date=None,
        notes="county forum thread with junk lines and junk glued after 。; posted 2 天前: no date; a medal line, "
        "replies and a bottom ad",
        page="""
!m 邕溪社区论坛 » 家长里短 » 正文
!t 【提个醒】停电别再点煤油灯了，说说我家差点出的事
!m 楼主：赓岭小韦　｜　2 天前　｜　查看 2310　回复 36
!m 勋章：邕溪好邻居
{BODY}
!l 沙发　夙山阿妹：吓人，我家也有一盏老灯，今天就收起来
!l 板凳　供电所小庹：线路检修已完成，给大家添麻烦了
!a 发帖前请先阅读版规　｜　快速回复
!w 邕溪家电维修、空调移机，随叫随到 158-3398-0721
""",
        junk=dict(lines=2, glued=2),
        body="""
前天晚上赓岭这边停电，我妈从柜子里翻出那盏老煤油灯点上，说比手电亮堂。
结果灯罩放得不稳，她起身倒水时衣袖一带，灯歪了，煤油洒了一桌子，火苗一下子窜起来。幸亏我在旁边，抓起湿毛巾盖住，才没出大事。
事后想想真后怕。老人家里桌布、窗帘、棉被都是易燃的，煤油灯一倒就是一片。
建议大家家里备两个充电式应急灯，平时插着充电，停电了直接拿起来用。家里有老人的，把老煤油灯收起来吧，当个念想就好。
供电所说线路这周检修完，应该不会再停了。
""",
    ),
    dict(
        slug="download-zhijia-rules-canteen-steamers-doc",
        site="职家资料下载站 (invented, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.zhijia-down.com/soft/zhidu/31882.html",
        title="学校食堂面点间及蒸屉卫生管理制度",
        record_title="学校食堂面点间及蒸屉卫生管理制度.doc",
        date=None,
        notes="file-name record title; a download station's file-info table, three download links, an unzip password "
        "and a dead-link report; 第N条 articles; an update stamp is no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校食堂面点间及蒸屉卫生管理制度.doc 免费下载 - 职家资料下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head><body>
<table width="970" align="center"><tr><td>⟦m 职家资料下载站⟧</td><td align="right">⟦m 用心收集每一份办公资料⟧</td></tr>
<tr><td colspan="2">⟦m 首页 ┆ 规章制度 ┆ 合同范本 ┆ 表格下载 ┆ 总结报告⟧</td></tr></table>
<table width="970" align="center" border="1" cellspacing="0">
<tr><td colspan="2">⟦m 当前位置：职家资料 → 规章制度 → 食堂管理⟧</td></tr>
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-27⟧</td><td>⟦m 下载次数：1,448⟧</td></tr>
<tr><td>⟦m 运行环境：WinAll / WPS⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td colspan="2" class="intro">⟦m 资料预览：⟧
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 备用网盘下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.zhijia-down.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告死链⟧</td></tr>
</table>
<table width="970" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m 职家资料下载站 2009-2025　苏ICP备09055032号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范学校食堂面点间卫生管理，确保师生饮食安全，根据食品安全有关规定，制定本制度。
第二条　面点间实行专人专管，非面点操作人员不得随意进入。
第三条　操作人员进入面点间前须更衣、洗手、戴帽和口罩。
第四条　蒸屉、蒸笼布每餐使用后须立即清洗，蒸屉网孔不得残留面渣。
第五条　竹木蒸屉应晾干后存放，出现霉斑、开裂、变形的，应立即停用并登记报废。
第六条　蒸笼布实行一餐一换，清洗后煮沸消毒不少于10分钟。
第七条　面点间每日班后彻底清扫，每周大扫除一次，并做好记录。
第八条　本制度由学校总务处负责解释。
""",
    ),
    dict(
        slug="download-wendang8-host-script-window-flower-awards-markers",
        site="范本仓下载站 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.wendang8-down.net/zhuchici/20250108/7702.html",
        title="垡川县首届窗花剪纸大赛颁奖仪式主持词",
        record_title="垡川县首届窗花剪纸大赛颁奖仪式主持词（word版免费下）",
        date=None,
        notes="a host's script cut by page markers (⇶ n ⇶) on lines of their own; a download station's info lines and "
        "download buttons; no date",
        page="""
!m 范本仓下载站 — 主持词 / 致辞 / 串词
!t 垡川县首届窗花剪纸大赛颁奖仪式主持词（word版免费下）
!m 大小：19KB　｜　类型：doc　｜　人气：733　｜　更新：2025-01-08
!a 【本地下载】　【网盘下载】
!m 内容预览：
{BODY}
!a 以上为部分预览，完整版请点击上方下载按钮
!l 相关下载：春节联欢会主持词　｜　非遗展演开幕主持词
!d 资料版权归原作者所有，本站仅提供下载服务。
""",
        pages=dict(fmt="⇶ {n} ⇶", every=90, start=2),
        body="""
尊敬的各位领导、各位来宾，亲爱的朋友们：
大家下午好！一把剪刀剪出千般景致，一张红纸传承百年年俗。欢迎大家来到垡川县首届窗花剪纸大赛颁奖仪式现场。
本次大赛自启动以来，共收到全县参赛作品四百一十二件，参赛者中年龄最大的八十一岁，最小的只有九岁。经过专家评审，共评出一等奖3名、二等奖6名、三等奖10名。
下面，有请县文化广电和旅游局领导致辞，大家欢迎！
感谢领导的精彩致辞。接下来，让我们进入颁奖环节，有请获得三等奖的作者上台领奖。
朋友们，窗花贴在窗上，年味留在心里。垡川县首届窗花剪纸大赛颁奖仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="exam-xuyang-notice-pastry-chef-appraisal",
        site="洫阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xyrsks.cn/jnjd/2025/0312/1920.html",
        title="关于2025年上半年中式面点师职业技能等级认定的公告",
        record_title="〔技能认定·公告〕关于2025年上半年中式面点师职业技能等级认定的公告_洫阳人事考试网",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="a personnel-exam site with a maintenance banner and an admission-ticket float; a timetable (one row a "
        "paragraph); 下载并打印准考证 as content; the centre's own 咨询电话 beside the site's technical line; the "
        "posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔技能认定·公告〕关于2025年上半年中式面点师职业技能等级认定的公告_洫阳人事考试网</title>
<script src="/js/base.js"></script>
</head><body>
<div class="notice-bar">⟦m 系统将于每周日凌晨1:00-5:00升级，届时暂停访问⟧</div>
<div class="head">⟦m 洫阳人事考试网⟧ <span>⟦m 洫阳市人力资源和社会保障局主管⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 公务员录用⟧</li><li>⟦m 事业单位⟧</li><li>⟦m 技能评价⟧</li><li>⟦m 成绩查询⟧</li></ul>
<div class="loc">⟦m 首页 ＞ 技能认定 ＞ 认定公告⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="attr">⟦m 发布日期：2025-03-12　信息来源：市职业技能鉴定中心⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="float-r"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="foot"><p>⟦m 网站技术咨询：0397-6190000（仅限网站故障）⟧</p>
<p>⟦d 本站所发考试信息以正式公告为准，其他网站转载内容仅供参考。⟧</p>
<p>⟦m 洫阳市人事考试中心　豫ICP备17003302号⟧</p></div>
</body></html>
""",
        body="""
根据年度工作安排，洫阳市职业技能鉴定中心定于2025年4月组织中式面点师职业技能等级认定。现将有关事项公告如下：
一、报名时间：3月15日至3月25日，在本网站“技能认定”栏目网上报名。
二、认定安排：
等级　理论知识　操作技能
初级　4月12日上午　4月12日下午
中级　4月13日上午　4月13日下午
三、操作技能考核须自带工作服、帽，蒸屉、蒸锅等设备由考点统一提供。
四、考生须于4月8日后登录本网站下载并打印准考证。
咨询电话：0397-6190233（工作日）。
洫阳市职业技能鉴定中心
2025年3月10日
""",
    ),
    dict(
        slug="exam-fachuan-notice-heritage-post-papercut-test",
        site="垡川人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.fachuan.gov.cn/sydw/2025/0508/662.html",
        title="关于垡川县文化馆公开招聘非遗保护岗位人员专业技能测试的通知",
        record_title="【招考信息】关于垡川县文化馆公开招聘非遗保护岗位人员专业技能测试的通知 · 垡川人事考试信息网",
        date="2025-05-08",
        notes="an exam notice with the candidates' own contact phone beside the site's service hours line; a "
        "print/close row; 成文日期 under the signature",
        page="""
!m 垡川人事考试信息网
!m 首页 → 事业单位招聘 → 考试通知
{T}
!m 文章来源：县人社局　　发布：2025-05-08　　阅读：3107
!m 网站服务时间：工作日 8:30-17:30
{BODY}
!a 【打印通知】【关闭】
!l 相关通知：垡川县2025年事业单位招聘面试公告
!m 垡川县人力资源和社会保障局主办　冀ICP备12033418号-5
""",
        indent="\u3000\u3000",
        body="""
各位考生：
根据《垡川县文化馆2025年公开招聘工作人员简章》，现将非遗保护岗位专业技能测试有关事项通知如下：
一、测试时间：2025年5月17日上午8:30。
二、测试地点：垡川县文化馆三楼剪纸教室。
三、测试内容：现场创作窗花作品一幅，题材自选，时间90分钟，满分100分。红纸和剪刀由考点统一提供，考生不得自带刻刀、样稿。
四、考生须携带准考证和身份证，于8:10前到达考点，迟到15分钟不得入场。
联系电话：0398-5261180。
垡川县人力资源和社会保障局
2025年5月8日
""",
    ),
    dict(
        slug="tender-xuyang-inquiry-sanitation-cotton-shoes",
        site="洫阳政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="http://www.xyzfcg.gov.cn/cggg/xjgg/202410/t20241022_20771.html",
        title="洫阳市环境卫生服务中心环卫工人冬季棉鞋采购项目询价公告",
        record_title="洫阳市环境卫生服务中心环卫工人冬季棉鞋采购项目询价公告 - 采购公告 - 洫阳政府采购网",
        record_date="2024-10-22",
        date="2024-10-22",
        notes="record date; a tender portal with a countdown, CA and trading-system hotlines; lots table one row a "
        "paragraph; purchaser and agency contacts stay; 下载 of the inquiry file as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>洫阳市环境卫生服务中心环卫工人冬季棉鞋采购项目询价公告 - 采购公告 - 洫阳政府采购网</title>
<script>var deadline="2024-10-31 09:30:00";</script>
</head><body>
<div class="top">⟦m 洫阳政府采购网⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="menu">⟦m 首页　采购公告　结果公告　政策法规　办事指南⟧</div>
<div class="path">⟦m 您现在的位置：首页 &gt; 采购公告 &gt; 询价公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="pub">⟦m 发布时间：2024-10-22 16:20　　来源：洫阳汇诚招标代理有限公司⟧</div>
<div class="count">⟦m 距报价截止还剩：08天17时09分⟧</div>
<div class="ggnr">
{BODY}
</div>
<div class="file">⟦a 询价文件.zip（需CA登录后下载）⟧</div>
</div>
<div class="help"><p>⟦m CA证书办理咨询：400-660-3371⟧</p><p>⟦m 电子交易系统技术支持：0397-6101919⟧</p></div>
<div class="foot">⟦m 洫阳市财政局主办　豫ICP备10027612号⟧</div>
</body></html>
""",
        body="""
一、项目编号：XYCG-2024-1187
二、采购内容及预算：
包号　品目　数量　预算金额
1　防滑防水棉鞋　2200双　28.6万元
2　防寒鞋垫　4400双　1.32万元
三、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
四、获取询价文件：2024年10月22日至10月28日，在本网站下载。
五、报价截止时间：2024年10月31日9:30。
六、联系方式
采购人：洫阳市环境卫生服务中心，联系人：邢主任，电话：0397-6612220。
代理机构：洫阳汇诚招标代理有限公司，联系人：崔工，电话：0397-6895517。
""",
    ),
    dict(
        slug="tender-fachuan-result-school-steamers",
        site="垡川县公共资源交易中心网 (invented)",
        style="招投标网",
        genre="结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.fachuan.gov.cn/jyxx/zfcg/jggg/2024-08-19/5518.html",
        title="垡川县第二中学食堂不锈钢蒸屉及蒸车采购项目成交结果公告",
        date="2024-08-19",
        notes="record title as is; a result table one row a paragraph; the purchaser's phone beside the centre's "
        "service line; 成文日期 under the signature",
        page="""
!m 垡川县公共资源交易中心
!m 交易信息 › 政府采购 › 结果公告
{T}
!m 信息时间：2024-08-19　　阅读次数：88
!a 【我要打印】【关闭窗口】
{BODY}
!l 上一条：垡川县人民医院消毒供应设备采购项目中标公告
!l 下一条：赓岭乡中心小学课桌椅采购成交公告
!m 交易中心服务热线：0398-5299100　CA办理：0398-5299123
""",
        body="""
一、项目编号：FCZC-2024-0356
二、项目名称：垡川县第二中学食堂不锈钢蒸屉及蒸车采购项目
三、成交信息：
供应商名称　成交金额　地址
垡川县恒通厨具商行　6.48万元　垡川县建设路112号
四、主要标的：304不锈钢蒸屉120只，蒸车4台，交货期20日。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：垡川县第二中学，联系电话：0398-5230471。
垡川县公共资源交易中心
2024年8月19日
""",
    ),
    dict(
        slug="lawfirm-dingheng-case-kerosene-lamp-fire",
        site="鼎衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.dingheng-law.cn/anli/qinquan/412.html",
        title="借住老屋点煤油灯引燃邻居柴房，谁来赔？",
        record_title="相邻纠纷案例 ▏借住老屋点煤油灯引燃邻居柴房，谁来赔？—鼎衡律师事务所",
        date=None,
        notes="a law firm's case note with a lawyer card, a consult float, a 400 line and a 本文地址 block; bracketed "
        "section labels open the paragraphs; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>相邻纠纷案例 ▏借住老屋点煤油灯引燃邻居柴房，谁来赔？—鼎衡律师事务所</title>
<script src="/js/kefu.js"></script>
</head><body>
<div class="top">⟦m 鼎衡律师事务所⟧ <span>⟦m 专注侵权与相邻纠纷二十年⟧</span> <span>⟦w 全国咨询热线 400-818-0372⟧</span></div>
<nav>⟦m 首页　律所简介　律师团队　案例说法　联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 案例说法 / 侵权责任⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 整理：鼎衡律师事务所研究室　阅读 1,032⟧</div>
<div class="txt">
{BODY}
</div>
<div class="link">⟦m 本文地址：https://www.dingheng-law.cn/anli/qinquan/412.html⟧</div>
<div class="repost">⟦d 本所原创案例，转载请保留作者与出处。⟧</div>
</article>
<aside class="lawyer"><p>⟦m 主办律师：卢振邦　执业证号 14101201110377⟧</p><p>⟦a 在线咨询卢律师⟧</p></aside>
<div class="float-kefu">⟦w 遇到相邻纠纷？留下电话，律师30分钟内回电⟧</div>
<footer>⟦m 鼎衡律师事务所　地址：洫阳市金融街3号7层　豫ICP备19030418号⟧</footer>
</body></html>
""",
        body="""
【基本案情】2023年冬，邵某借住在亲戚位于赓岭乡的老屋，因老屋未通电，夜间使用煤油灯照明。某晚邵某外出未熄灯，煤油灯倾倒引燃屋内杂物，火势蔓延至邻居禚某的柴房，烧毁柴草、农具等物品。禚某起诉要求邵某和房屋所有人共同赔偿。
【法院观点】邵某作为实际使用人，离开时未熄灭明火，对火灾发生存在过错，应承担主要赔偿责任；房屋所有人明知房屋无电，仍放任借住人长期使用明火照明，未尽必要的安全提示义务，承担次要责任。
【律师提示】借住、出租无电老屋的，应提示使用人注意用火安全；使用煤油灯等明火照明，人离开必须熄灭。发生邻里火灾纠纷，受损方应及时固定现场照片和财物清单。
""",
    ),
    dict(
        slug="lawfirm-zhengping-contract-template-cotton-shoes",
        site="正平法律服务网 (invented law-firm site)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.zhengping-fw.com/hetong/chenglan/2087.html",
        title="棉鞋加工承揽合同",
        record_title="【承揽类模板】棉鞋加工承揽合同（执业律师校订版）｜正平法律服务网",
        date=None,
        notes="a contract template with ×× placeholders, 第N条 articles and ＿＿年＿＿月＿＿日 blanks: no date; "
        "a consult prompt glued after a 。 and a download button",
        page="""
!m 正平法律服务网 · 合同范本库
!m 首页 > 合同范本 > 承揽合同
!t 【承揽类模板】棉鞋加工承揽合同（执业律师校订版）
!m 审定律师：詹思远　　收录：正平合同库　　使用 3,918 次
{BODY}
!a 下载可编辑Word版　｜　一键发给律师审核
!w 合同拿不准？正平律师在线审合同，微信 zhengping_lvshi
!d 本范本仅供参考，具体条款请结合实际并咨询专业律师。
!m 正平法律服务网　鄂ICP备21008815号
""",
        body="""
定作方（甲方）：××县××商贸有限公司
承揽方（乙方）：××鞋业加工厂
第一条　加工内容：乙方按甲方提供的样品加工手工棉鞋，规格、数量以订单为准。
第二条　质量要求：鞋面无破损、无污渍，鞋底缝线均匀，每双棉鞋填充棉不少于××克。⟦w 条款拿不准可找律师逐条把关⟧
第三条　交货时间及地点：乙方应于＿＿年＿＿月＿＿日前将成品送至甲方指定仓库。
第四条　价款及支付：加工费每双××元，甲方验收合格后15日内一次付清。
第五条　违约责任：乙方逾期交货的，每逾期一日按加工费总额的千分之五支付违约金。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
]
