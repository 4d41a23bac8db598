"""holdout137, part B. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="anthology-gesheng-kam-choir-memoir-wrapped",
        site="歌声旧忆 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://www.gsjy-wenji.cn/juan2/047.html",
        title="鼓楼下的大歌声",
        record_title="《歌声旧忆》卷二·第47篇｜鼓楼下的大歌声",
        date="2023-11-02",
        notes="collection chapter with volume navigation; hard-wrapped at 62 columns; date as a dated signature at the end",
        page="""
!m 歌声旧忆 · 一位乡村音乐教师的笔记
!l 目录　｜　卷一 山寨　｜　卷二 歌堂　｜　卷三 远行
!t 《歌声旧忆》卷二·第47篇｜鼓楼下的大歌声
{T}
{BODY}
!l ← 第46篇 听外公吹芦管　　　第48篇 第一次带队进城演出 →
!m 本卷共52篇　当前第47篇　字数：1034
!d 文集内容为作者原创，未经许可请勿转载。
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
我到菀州县坪寨小学教书那年，二十三岁，学的是钢琴，却第一次听到那样的歌：没有指挥，没有伴奏，十几个寨子里的姑娘站成半圈，高声部像山雀在树梢上叫，低声部像河水在石头底下流。
寨老告诉我，这叫“嘎老”，就是大歌，一代一代在鼓楼里教，歌师教一句，孩子们学一句，从会说话起就开始唱。
后来学校开了大歌兴趣课，我和歌师吴老银搭档。她不识谱，我就把她唱的每个声部记下来，再一句一句对着唱，常常一首歌要记上好几个晚上。
有一回县里来人录音，孩子们站在鼓楼下唱《蝉之歌》，唱到模仿蝉鸣那一段，围观的老人都跟着轻轻和起来。我站在旁边，第一次明白什么叫“歌养心”。
如今我已退休多年，当年的学生有的在外地打工，有的回寨子当了歌师。每年冬天回去，鼓楼下依旧有歌声，我就知道，这些歌还活着。
二〇二三年十一月二日　记于菀州
""",
    ),
    dict(
        slug="dangjian-huapao-party-speech-speaker-line",
        site="苋湾党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xwdj.gov.cn/djyw/2024/0418/9821.shtml",
        title="在抢花炮传承基地党建联盟成立仪式上的讲话",
        record_title="【党建联盟】在抢花炮传承基地党建联盟成立仪式上的讲话",
        date="2024-04-16",
        notes="Party-building portal; speaker line and date under the title (neutral speaker); study-points float",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【党建联盟】在抢花炮传承基地党建联盟成立仪式上的讲话</title></head>
<body>
<div class="banner">⟦m 苋湾党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页　党建要闻　基层组织　党员教育　清风苋湾　网上党校⟧</div>
<div class="cur">⟦m 当前位置：首页 ＞ 党建要闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024-04-18　来源：县委组织部　点击数：365⟧</div>
<p class="c">县委常委、组织部部长　潘立德</p>
<p class="c">（2024年4月16日）</p>
{BODY}
<div class="float">⟦a 学习积分 +1 已计入您的学习档案⟧</div>
<div class="share">⟦l 分享：微信 微博 QQ⟧ ⟦a 打印 收藏⟧</div>
<div class="foot">⟦m 中共苋湾县委组织部主办　苋湾党建网版权所有⟧<br>⟦m 桂ICP备10051237号⟧</div>
</body></html>
""",
        date_also=["2024-04-18"],
        body="""
同志们：
今天，我们在这里举行抢花炮传承基地党建联盟成立仪式。这是我县探索“党建+民族体育”的一项具体举措。在此，我代表县委组织部，向联盟的成立表示热烈祝贺！
抢花炮被誉为“东方橄榄球”，是我县各族群众世代相传的传统体育项目，承载着团结互助、拼搏进取的民族精神。近年来，县民族体育协会、三个传承基地乡镇和县民族中学共培养花炮运动员300多名，在全区比赛中多次获奖。
成立党建联盟，就是要把分散在协会、乡镇、学校的党组织力量拧成一股绳。我讲三点意见。
第一，要在组织联建上下功夫。联盟各成员单位要建立联席会议制度，每季度至少召开一次会议，共同研究传承基地建设中的实际问题。
第二，要在人才联育上下功夫。注重从优秀运动员、教练员中发展党员，把党员骨干培养成传承人，把传承人中的优秀分子培养成党员。
第三，要在活动联办上下功夫。结合“三月三”、花炮节等节庆，联合开展主题党日、群众健身和民族团结进步宣传活动，让党旗在赛场上高高飘扬。
同志们，希望联盟各成员单位以此次成立为新起点，共建共享、互促互进，为促进民族团结、推动乡村振兴作出新的贡献！
""",
    ),
    dict(
        slug="hospital-yikang-coix-diet-clinic-notice",
        site="茴田县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.htxzyy.com/news/kszx/2024-05-20/771.html",
        title="营养科开设祛湿膳食门诊的公告",
        record_title=None,
        date="2024-05-20",
        notes="hospital site with floating consult box; department's 咨询电话 beside the hospital's appointment line; missing record title",
        page="""
<html><head><meta charset="utf-8"><title>营养科开设祛湿膳食门诊的公告-茴田县中医医院</title></head>
<body>
<div class="top">⟦m 茴田县中医医院　二级甲等中医医院⟧　⟦m 预约挂号：0898-3312120（7:30-17:30）⟧</div>
<div class="menu">⟦m 医院概况　科室导航　专家介绍　就医指南　新闻中心　健康科普⟧</div>
<div class="path">⟦m 首页 / 新闻中心 / 科室动态⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 作者：营养科　时间：2024-05-20　阅读：288⟧</div>
{BODY}
<div class="kefu">⟦w 在线咨询 ｜ 医生在线，点击咨询 ｜ 免费回电⟧</div>
<div class="pn">⟦l 上一条：我院开展“三伏贴”预约登记⟧<br>⟦l 下一条：护理部开展急救技能比武⟧</div>
<div class="ft">⟦m 地址：茴田县健康路12号　琼ICP备15002876号⟧<br>⟦d 本网站信息仅供参考，不能作为诊断及医疗的依据⟧</div>
</body></html>
""",
        body="""
进入汛期，我县空气湿度大，不少市民出现身体困重、食欲不振、大便黏滞等“湿气重”的表现。为满足群众需求，我院营养科自2024年5月27日起开设祛湿膳食门诊。
一、门诊时间：每周二、周四上午8:00至12:00。
二、门诊地点：门诊楼三楼营养科诊室（312室）。
三、服务内容：由营养师和中医师联合坐诊，根据体质辨识结果，制定以薏米、赤小豆、茯苓、山药等食材为主的个性化膳食方案，并指导家庭制作方法。
四、温馨提示：薏米性偏凉，孕妇、脾胃虚寒者应在医师指导下食用；慢性病患者就诊时请携带近期检查报告。
营养科咨询电话：0898-3312547（工作日上班时间）。
""",
    ),
    dict(
        slug="university-qiandong-choir-research-center",
        site="黔岭民族学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qlmzxy.edu.cn/xwzx/xyxw/20231208/4417.htm",
        title="我校民族音乐研究中心完成侗族大歌口述史采录第一期工作",
        record_title="我校民族音乐研究中心完成侗族大歌口述史采录第一期工作-黔岭民族学院新闻网",
        date="2023-12-08",
        notes="university news site; photo caption and editor lines; a 下载 sentence in the article is content",
        page="""
<html><head><meta charset="utf-8"><title>我校民族音乐研究中心完成侗族大歌口述史采录第一期工作-黔岭民族学院新闻网</title></head>
<body>
<div class="hd">⟦m 黔岭民族学院新闻网⟧ ⟦m 学校主页 | 信息门户 | 图书馆⟧</div>
<div class="nav">⟦m 首页 学院要闻 教学科研 校园动态 媒体黔岭 专题报道⟧</div>
<div class="cur">⟦m 当前位置: 首页 &gt;&gt; 学院要闻 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 发布时间：2023-12-08　作者：艺术学院 杨茜　摄影：吴启明　浏览次数：1032⟧</div>
{BODY}
<p>⟦m （审稿：龙海峰　编辑：欧晓）⟧</p>
<div class="rel">⟦l 【关闭】　【打印】　【顶部】⟧</div>
<div class="foot">⟦m 黔岭民族学院党委宣传部　地址：黔岭市大学城文汇路1号　邮编：556000⟧</div>
</body></html>
""",
        body="""
近日，我校民族音乐研究中心“侗族大歌口述史采录”项目第一期工作顺利结束。项目组历时四个月，走访了六个县的23个侗寨，采访歌师41人，采录音视频资料860余小时。
项目负责人杨茜教授介绍，侗族大歌多声部、无指挥、无伴奏，主要靠歌师口传心授。目前能完整教唱大歌的歌师多已年过六旬，抢救性记录刻不容缓。
⟦m 图为项目组成员在侗寨鼓楼采访老歌师。⟧
采录过程中，项目组为每位歌师建立了个人档案，详细记录其学艺经历、传承谱系和代表曲目，并对其中117首歌进行了多声部记谱。
据悉，第一期成果将整理成《侗族歌师口述史（第一辑）》出版，部分音频资料将在中心网站开放下载，供研究者和学校音乐教师免费使用。
""",
    ),
    dict(
        slug="localforum-zhengcheng-steamer-fire-warning",
        site="蒸城在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.zhengchengol.com/forum.php?mod=viewthread&tid=991204",
        title="关于竹蒸笼作坊烘干房消防安全专项检查的通告",
        record_title="【转】关于竹蒸笼作坊烘干房消防安全专项检查的通告（各位做蒸笼的注意了）",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="county forum repost with poster's aside; replies; the notice's date differs from the post time",
        page="""
!m 蒸城在线 › 蒸城资讯 › 本地通告
!t 【转】关于竹蒸笼作坊烘干房消防安全专项检查的通告（各位做蒸笼的注意了）
!m 发帖人：老街阿强　楼主　2025-1-8 09:14
!l 电梯直达
家里做蒸笼的亲戚多，转过来大家看看，别到时候被罚了。
{BODY}
!l 回复 #2 篾匠老周：去年隔壁村就烧了一间，确实该查。
!l 回复 #3 小满：请问检查是白天还是晚上？
!a 登录后才可以回帖　登录 | 立即注册
!m 蒸城在线 ( 闽ICP备16037719号-1 ) 客服电话：0599-8123300
""",
        body="""
为有效防范竹制品加工领域火灾事故，县消防安全委员会办公室决定于2025年1月10日至2月28日，在全县开展竹蒸笼作坊烘干房消防安全专项检查。现将有关事项通告如下：
一、检查范围。全县所有从事竹蒸笼、竹篾加工的企业和家庭作坊。
二、检查重点。烘干房是否采用不燃材料建造；烘干房与生产车间、住人场所是否有效分隔；电气线路是否穿管保护；是否配置灭火器并能正确使用；竹屑竹粉是否每日清理。
三、整改要求。对检查发现的隐患，当场能改的立即整改；不能当场整改的，限期15日内完成；拒不整改或存在重大隐患的，依法予以查封。
四、举报渠道。欢迎群众举报竹制品加工场所消防违法行为，举报电话：0599-8126119。
蒸城县消防安全委员会办公室
2025年1月6日
""",
    ),
    dict(
        slug="download-jiaoan-board-shoe-lesson-old-table",
        site="园丁教案下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.ydja.net/soft/tiyu/20240312/6650.html",
        title="小学体育《板鞋竞速》教学设计",
        record_title="小学体育《板鞋竞速》教学设计.doc下载",
        date=None,
        notes="old gb2312 table layout with file-info table, three mirror links and a dead-link report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>小学体育《板鞋竞速》教学设计.doc下载 - 园丁教案下载站</title>
<script language="javascript">document.write('<img src=/count.asp>')</script></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td><font size="5">⟦m 园丁教案下载站⟧</font> ⟦m 教师的资源宝库⟧</td></tr>
<tr><td bgcolor="#3366CC">⟦m 首页 | 语文 | 数学 | 英语 | 体育 | 音乐 | 美术 | 课件⟧</td></tr>
<tr><td><marquee>⟦m 本站资源每日更新，欢迎老师们上传分享优秀教案！⟧</marquee></td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资源名称：小学体育《板鞋竞速》教学设计⟧</td><td>⟦m 文件大小：48 KB⟧</td></tr>
<tr><td>⟦m 资源类别：体育教案⟧</td><td>⟦m 更新时间：2024-3-12⟧</td></tr>
<tr><td>⟦m 授权方式：免费资源⟧</td><td>⟦m 下载次数：本周 37 总计 1290⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<b>{T}</b>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告错误⟧</td></tr>
<tr><td>⟦d 本站资源均来源于网络或网友投稿，仅供教学参考，版权归原作者所有。⟧</td></tr>
<tr><td>⟦m Copyright 2006-2024 www.ydja.net　您是第 2085116 位访客⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
一、教学目标
1.了解板鞋竞速的起源和基本规则，知道它是少数民族传统体育项目。
2.初步掌握三人一组同步迈步的动作方法，能在口令指挥下完成20米行进。
3.培养学生团结协作、相互信任的集体意识。
二、教学重点与难点
重点：三人动作协调一致。难点：口令节奏与步伐的配合。
三、教学过程
（一）准备部分（8分钟）：慢跑两圈，做踝关节、膝关节活动操；教师讲解板鞋的由来。
（二）基本部分（25分钟）：1.徒手模仿练习，三人搭肩原地喊“左、右”口令踏步；2.穿板鞋原地踏步；3.穿板鞋慢速行进10米；4.分组进行20米接力比赛。
（三）结束部分（7分钟）：放松拉伸，师生共同小结，表扬配合最好的小组。
四、场地器材
田径场直道一条，板鞋8副，标志桶16个，口哨1个。
五、安全提示
练习前检查板鞋绑带；行进中有人摔倒时，其余两人应立即停止，不得拖拽。
""",
    ),
    dict(
        slug="exam-huanan-culture-center-dance-instructors",
        site="蕨水县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.jueshui.gov.cn/ggtz/2025/0305/1206.html",
        title="蕨水县文化馆2025年公开招聘竹竿舞等民族舞蹈辅导员公告",
        record_title="【招聘公告】蕨水县文化馆2025年公开招聘竹竿舞等民族舞蹈辅导员公告",
        date="2025-03-04",
        notes="exam site; schedule table; exam committee's 咨询电话 beside the site's technical line; 报名网址 kept",
        page="""
<html><head><meta charset="utf-8"><title>【招聘公告】蕨水县文化馆2025年公开招聘竹竿舞等民族舞蹈辅导员公告</title></head>
<body>
<div class="logo">⟦m 蕨水县人事考试网⟧ ⟦m 公平 公正 公开 择优⟧</div>
<div class="nav">⟦m 首页 考试公告 报名入口 成绩查询 政策解读 常见问题⟧</div>
<div class="loc">⟦m 首页 → 考试公告 → 事业单位招聘⟧</div>
<div class="title">{T}</div>
<div class="meta">⟦m 发布时间：2025-03-05　信息来源：县人社局⟧ ⟦a 【我要打印】⟧</div>
{BODY}
<div class="tip">⟦w 网站技术支持：0898-2761000（仅受理报名系统故障）⟧</div>
<div class="foot">⟦m 主办单位：蕨水县人力资源和社会保障局　琼ICP备13004522号-3⟧</div>
</body></html>
""",
        date_also=["2025-03-05"],
        body="""
根据工作需要，经县人社局批准，蕨水县文化馆面向社会公开招聘民族舞蹈辅导员3名。现将有关事项公告如下。
一、招聘岗位及条件
岗位名称　人数　学历　专业　其他条件
竹竿舞辅导员　1　大专及以上　舞蹈表演、舞蹈编导　熟悉黎族竹竿舞
民族舞蹈辅导员　2　本科及以上　舞蹈学、音乐与舞蹈学　有基层辅导经历者优先
二、报名时间和方式
报名时间：2025年3月10日9:00至3月16日17:00。报名实行网上报名，网址：http://rsks.jueshui.gov.cn/bm。
三、考试安排
笔试　3月30日上午　县第一中学
专业技能测试　4月13日　县文化馆排练厅
四、其他
考生须保持通讯畅通，考试有关信息均在本网站发布，请考生及时关注。
咨询电话：0898-2763125（县文化馆办公室）。
蕨水县人力资源和社会保障局
蕨水县文化馆
2025年3月4日
""",
    ),
    dict(
        slug="tender-huayu-bamboo-mat-dormitory-procurement",
        site="菀州公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.wanzhou-example.gov.cn/jyxx/zfcg/cggg/20240515/0c91d3.html",
        title="菀州市第三中学学生宿舍竹凉席采购项目竞争性磋商公告",
        record_title="菀州市第三中学学生宿舍竹凉席采购项目竞争性磋商公告",
        date="2024-05-15",
        notes="tender platform; lot table; purchaser and agency contacts beside a CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>菀州市第三中学学生宿舍竹凉席采购项目竞争性磋商公告</title></head>
<body>
<div class="header">⟦m 菀州市公共资源交易平台⟧ ⟦a 登录 | 注册 | CA办理⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 信用信息 下载中心⟧</div>
<div class="crumb">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 【信息时间：2024-05-15】【阅读次数：219】⟧ ⟦a 【我要打印】【关闭】⟧</div>
{BODY}
<div class="ca">⟦w CA数字证书服务热线：400-880-6618⟧</div>
<div class="foot">⟦m 菀州市公共资源交易中心　地址：市政务服务中心四楼　渝ICP备17004208号⟧</div>
</body></html>
""",
        record_date="2024-05-15",
        body="""
项目概况：菀州市第三中学学生宿舍竹凉席采购项目的潜在供应商应在菀州市公共资源交易平台获取采购文件，并于2024年5月27日9时30分（北京时间）前提交响应文件。
一、项目基本情况
项目编号：WZCG-2024-0638
采购方式：竞争性磋商
预算金额：19.8万元
采购需求：
品目　规格　数量　单位
竹凉席（单人）　0.9米×1.9米，碳化竹片　1800　床
竹凉席（加宽）　1.2米×2.0米，碳化竹片　60　床
二、申请人的资格要求
满足《中华人民共和国政府采购法》第二十二条规定；本项目专门面向中小企业采购。
三、获取采购文件
时间：2024年5月16日至5月22日，每天上午8:30至12:00，下午14:30至17:30。方式：登录交易平台免费下载。
四、联系方式
采购人：菀州市第三中学，联系人：谭老师，电话：023-5812260。
采购代理机构：菀州正衡招标代理有限公司，联系人：罗工，电话：023-5836617。
""",
    ),
    dict(
        slug="law-heyi-wedding-contract-lecture",
        site="和益律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.heyilaw.cn/insights/2024/wedding-service-contracts",
        title="婚庆服务合同常见纠纷与防范",
        record_title="法律讲堂丨婚庆服务合同常见纠纷与防范",
        date="2024-09-12",
        notes="law firm lecture; lecturer line under title (neutral); firm's consultation prompt; numbered list",
        page="""
!m 和益律师事务所 HEYI LAW FIRM
!m 首页 / 律所观点 / 法律讲堂
!t 法律讲堂丨婚庆服务合同常见纠纷与防范
{T}
——在茴田县婚庆行业协会会员培训会上的讲课提纲
主讲：和益律师事务所合伙人　孟雪芸律师
!m 发布时间：2024-09-12　阅读 652
{BODY}
!w 如需合同审查或纠纷咨询，欢迎致电律所前台 0755-8610 3377，或添加小助手微信 heyi_law
!d 本文仅为一般性法律知识分享，不构成针对具体案件的法律意见。
!l 相关文章：预付式消费退款难怎么办？ ｜ 商家“最终解释权”条款有效吗？
!m © 和益律师事务所　粤ICP备19020811号
""",
        body="""
各位会员：
婚庆服务周期长、环节多，一旦出现问题，新人情绪激动，商家也容易陷入被动。结合近三年我们代理的案件，跟大家谈谈常见纠纷和防范办法。
一、常见纠纷类型
1.服务内容约定不明。合同只写“豪华套餐”，对花材品种、灯光数量、跟拍时长没有具体约定，事后各说各理。
2.定金与订金混淆。收取“订金”却按“定金”主张不退，或者定金超过合同总额的20%，超出部分不具有定金性质。
3.临时更换人员。合同约定的司仪、摄影师临时换人，新人认为构成违约。
4.因疫情、极端天气等取消婚礼后的费用分担。
二、防范建议
第一，把服务清单做成合同附件，逐项写明品名、规格、数量和单价。第二，规范使用“定金”字样，并在合同中写明退还规则。第三，约定指定人员的，应写明更换条件和补偿标准。第四，增加不可抗力条款，明确已发生费用的承担方式。
三、几点提醒
协会发布的示范合同文本大家可以参照使用，但要结合自身业务修改，不要照抄。签订合同时请新人逐页签字确认，保存好聊天记录和付款凭证。
""",
    ),
    dict(
        slug="community-xinghe-sanzi-stall-residents",
        site="星禾社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xinghe-shequ.cn/gonggao/2024/1203/231.html",
        title="关于规范早市馓子油炸摊点经营的告居民书",
        record_title="关于规范早市馓子油炸摊点经营的告居民书｜星禾社区",
        date="2024-12-03",
        notes="residents' site with weather widget; community hotline beside the grid member's phone; a 扫码 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于规范早市馓子油炸摊点经营的告居民书｜星禾社区</title></head>
<body>
<div class="top">⟦m 星禾社区居民之家⟧ ⟦m 今日 晴 6～15℃ 空气质量：良⟧</div>
<div class="menu">⟦m 社区首页　党群服务　居民议事　办事指南　邻里圈⟧</div>
<div class="where">⟦m 您的位置：社区首页 &gt; 社区公告⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 发布人：社区居委会　2024-12-03 16:20⟧</div>
{BODY}
<div class="like">⟦l 👍 赞同 41　💬 留言 12⟧</div>
<div class="foot">⟦m 社区服务热线：0512-6637 1090（工作日8:30-17:30）⟧ ⟦d 本站由星禾社区居委会维护⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近段时间，不少居民反映早市路段几家馓子、油条油炸摊点油烟大、占道经营、废油乱倒。经社区居委会与街道城管中队、市场监管所共同商议，现就规范经营告知如下：
一、油炸摊点统一迁入早市东侧便民摊区，每天经营时间为5:30至9:30，其他时段不得摆卖。
二、摊主须安装油烟净化设备，废弃油脂交由有资质的单位统一回收，严禁倒入雨水井。
三、摊主须持有健康证明，并在摊位醒目处公示。
四、对拒不整改的摊点，由城管中队依法处理。
居民如发现违规经营，可扫描社区公告栏上的“随手拍”二维码上传照片，也可联系网格员许立群，电话：13862017725。
感谢大家的理解和支持！
星禾社区居民委员会
2024年12月3日
""",
    ),
    dict(
        slug="assoc-puye-palm-fan-makers-pledge",
        site="蒲扇编织行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.pskx-xiehui.org.cn/news/20240618/88.html",
        title="蒲扇编织行业诚信经营倡议书",
        record_title="【协会倡议】蒲扇编织行业诚信经营倡议书",
        date="2024-06-18",
        notes="association site with member login; the date in Chinese numerals under the signature",
        page="""
!m 荛山县蒲扇编织行业协会
!a 会员登录　｜　入会申请
!m 协会首页 ＞ 协会动态 ＞ 倡议书
!t 【协会倡议】蒲扇编织行业诚信经营倡议书
!m 浏览：147　　【 字体：大 中 小 】
{BODY}
!l 上一篇：协会召开第二届会员大会第三次会议
!l 下一篇：蒲扇编织技艺培训班开班
!m 协会地址：荛山县葵乡镇工业路6号　秘书处电话：0750-5221386
!d 版权所有 荛山县蒲扇编织行业协会
""",
        indent="\u3000\u3000",
        body="""
全县蒲扇编织企业、作坊和从业者：
蒲扇是我县传统特色手工产品，远销国内外。近年来，个别商家以拼接叶冒充整叶、夸大“手工”宣传、在网店刷单，损害了荛山蒲扇的整体声誉。为此，协会向全体会员和从业者发出如下倡议：
一、诚实标注。如实标明整叶扇、拼接扇、机压扇等类别，不以次充好，不虚标“纯手工”。
二、守住质量。选用成熟葵叶，严格执行蒸煮、晾晒、压平等工序，杜绝霉变、虫蛀产品流入市场。
三、公平竞争。不恶意压价，不仿冒他人商标和外观设计，不在网络平台刷单炒信。
四、热情服务。认真处理消费者投诉，做到有问必答、有错必纠。
让我们携起手来，共同守护“荛山蒲扇”这块金字招牌！
荛山县蒲扇编织行业协会
二〇二四年六月十八日
""",
    ),
]
