"""holdout275, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text each).

Invented text (sites, places, people, numbers, URLs); every case written by hand. See
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-yingping-thread-wick-seller-jammer",
        site="郢坪论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yingping.cc/thread-71204-1-1.html",
        title="还有人记得老街卖灯芯的刘婆婆吗？",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject on the page; weather line, medals, a decoration ad, "
        "an official-reply link; jammer-font junk inside the post; posted 2 天前 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>还有人记得老街卖灯芯的刘婆婆吗？ - 郢坪茶馆 - 郢坪论坛</title>
<script src="static/js/common.js"></script>
<style>.jammer{display:none}</style>
</head><body>
<div id="toptb">⟦m 郢坪论坛 · 郢坪人自己的家园⟧　⟦m 今日郢坪：多云 6～14℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nv">⟦m <a>论坛首页</a> <a>郢坪茶馆</a> <a>便民信息</a> <a>二手市场</a> <a>房产家居</a>⟧</div>
<div id="pt">⟦m 郢坪论坛 » 郢坪茶馆 » 帖子⟧</div>
<div class="ad-top">⟦w 郢坪老街装修找阿坤，水电木瓦一条龙：137 8362 0915⟧</div>
<h1 class="ts"><span id="thread_subject">{T}</span></h1>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 老街阿满⟧</div><p>⟦m 勋章：老街坊 热心网友⟧</p></td>
<td class="plc"><div class="authi">⟦m 发表于 2 天前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 顶 踩 收藏⟧</div></td></tr></table>
<div class="reply"><p>⟦l 2# 郢坪小东：记得！她剥的灯芯一根都不断⟧</p>
<p>⟦l 3# 街口理发店：刘婆婆好像住在阪口她女儿那边⟧</p></div>
<div class="gf"><a>⟦l 本帖已转交“郢坪老街记忆”专题 ›⟧</a></div>
<div id="f_pst">⟦a 发帖前请先登录或注册成为郢坪网友⟧</div>
<div id="ft">⟦m 郢坪论坛 ( 赣ICP备15004926号 ) 客服QQ：30911468⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
小时候住在郢坪老街，街口有个卖灯芯的刘婆婆，不知道还有没有人记得。
她的摊子就是一张小方凳，上面摆着一捆捆灯芯草芯，白白的，软软的，像一根根细面条。一分钱五根，买回去给煤油灯、菜油灯当灯芯。
刘婆婆剥灯芯的手艺特别好，一根灯芯草在她手里一捋，草皮就掉了，芯子完整，一点不断。我们几个小孩经常蹲在旁边看，她还会送我们几根玩。
前几天路过老街，那个位置开了一家奶茶店。问了几个老邻居，都说刘婆婆早搬去女儿家了。
有没有住过老街的坛友，知道她的近况？或者谁家还留着那时候的灯芯，拍张照片看看也好。
""",
    ),
    dict(
        slug="localforum-mangtian-post-giveaway-towel-racks-drill",
        site="邙田生活网 (invented, town forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.mangtianlife.com/forum/view-30218.html",
        title="搬家清出两个毛巾架和一把手摇钻，免费送邻居",
        record_title="【闲置互助】搬家清出两个毛巾架和一把手摇钻，免费送邻居 - 跳蚤市场 - 邙田生活网",
        date=None,
        notes="town forum post: the poster's own phone and address in the body beside the forum's moving-company ad "
        "and service QQ; an 'edited' aside glued after a sentence; posted 昨天 (no date)",
        page="""
!m 邙田生活网　—　邙田人的网上家园
!m 首页 › 跳蚤市场 › 闲置互助
!t 【闲置互助】搬家清出两个毛巾架和一把手摇钻，免费送邻居
!m 楼主：郄家湾老冉　　发表于 昨天 19:47　　查看 633　　回复 14
!w 【广告】邙田搬家拉货找小邓，随叫随到：158 3769 2271
{BODY}
!a 回复楼主　　支持(21)　　反对(0)
!l 沙发　邙田小胖：手摇钻还在吗？我想要
!l 2楼　楼主：@邙田小胖 留给你了，周末来拿
!l 3楼　丁丁妈：好人一生平安
!m 邙田生活网客服QQ：2209776150　　皖ICP备17006618号
""",
        body="""
下个月搬去城里住，家里清出一些还能用的东西，想送给有需要的邻居。
一是两个不锈钢毛巾架，双杆的，长60厘米，拆下来的时候螺丝、膨胀管都留着，装上就能用。
二是一把老式手摇钻，我父亲用过的，去年刚上过油，能夹6毫米以下的钻头，另外送一盒钻头。⟦m （楼主于 8 小时前修改了本帖）⟧
东西都是免费的，只有一个要求：自己上门来拿，搬不动的我可以帮忙。
地址在邙田镇郄家湾村二组，村口小卖部往里第三家。来之前请先打电话：139 0837 6624，我白天在家。
送完了我会在帖子里说一声，大家就不用再跑了。
""",
    ),
    dict(
        slug="download-ruanjianwu-rules-hand-drill-woodshop-doc",
        site="软件屋资料下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="html",
        source="http://www.rjwu.net/soft/doc/20417.html",
        title="木工实训室手摇钻安全操作规程",
        record_title="木工实训室手摇钻安全操作规程.doc",
        date=None,
        notes="old gb2312 download station: file-info table, three mirror links, unzip password, dead-link report, "
        "a floating ad; file-name record title; 第N条 articles that speak of 扫码 and 打印 as content; no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>木工实训室手摇钻安全操作规程.doc - 软件屋资料下载站</title>
<script language="javascript" src="/js/rjw_ad.js"></script>
</head>
<body>
<table width="960" align="center"><tr><td>⟦m 软件屋资料下载站⟧　⟦m 资料全 下得快⟧</td><td align="right"><a>⟦a 投递资料⟧</a> <a>⟦a 会员中心⟧</a></td></tr></table>
<table width="960" align="center" bgcolor="#1f5fa8"><tr><td>⟦m <a>首页</a> | <a>教学资料</a> | <a>规章制度</a> | <a>合同范本</a> | <a>表格下载</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前：首页 → 规章制度 → 安全规程 → 木工实训室手摇钻安全操作规程.doc⟧</td></tr></table>
<table width="960" align="center" border="1" class="info">
<tr><td>⟦m 资料名称：木工实训室手摇钻安全操作规程.doc⟧</td><td>⟦m 资料大小：28 KB⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 运行环境：Word / WPS⟧</td><td>⟦m 加入时间：3 天前⟧</td></tr>
<tr><td>⟦m 下载次数：本月 41　总计 318⟧</td><td>⟦m 资料评级：★★★★⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<p><b>⟦m 资料简介：⟧</b></p>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="960" align="center" class="down"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：备用下载⟧<br>
⟦m 解压密码：www.rjwu.net⟧<br>
<a href="/report.asp?id=20417">⟦a ※ 下不动？点此报告失效链接 ※⟧</a>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦l 同类资料：钳工实训安全操作规程.doc　台钻使用管理制度.doc　学生实训室守则.doc⟧</td></tr></table>
<div id="rjw_float" style="position:absolute;left:2px;top:300px">⟦w 各类规章制度代编，QQ 1504826633⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，仅供学习交流，请于下载后24小时内删除⟧<br>⟦m Copyright 2008-2024 rjwu.net 鲁ICP备08019917号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　本规程适用于学校木工实训室手摇钻的借用、使用和保管。
第二条　学生使用手摇钻，须在指导教师讲解示范后进行，严禁单独操作。
第三条　借用手摇钻时，须用学生证扫码登记，归还时再次扫码，系统自动生成借还记录。
第四条　操作时须佩戴护目镜，工件用台虎钳夹紧，不得用手扶持工件打孔。
第五条　钻头安装后应空摇两圈，确认不偏摆后再开始钻孔；钻孔时用力均匀，不得猛压摇柄。
第六条　使用完毕，清除钻屑，在齿轮处滴少量机油，放回工具柜原位。
第七条　实训室管理员每周打印借还记录，核对工具数量，发现损坏及时报修。
第八条　违反本规程造成工具损坏的，按价赔偿。
""",
    ),
    dict(
        slug="download-fanbenku-contract-towel-rack-template",
        site="范本库下载 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbenku.cn/hetong/caigou/9921.html",
        title="毛巾架采购合同",
        title_also=["毛巾架采购合同（范本）"],
        record_title="毛巾架采购合同（范本）.docx",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; file-name record title; "
        "download buttons, a format line and an update stamp; no date",
        page="""
!m 范本库下载 › 合同范本 › 采购合同
!t 毛巾架采购合同（范本）.docx
!m 格式：DOCX　　大小：19KB　　更新：2 个月前　　下载：1560 次
!a ⬇ 立即下载（免费）　　⬇ 备用下载　　☆ 收藏
{T}
{BODY}
!a 以上为部分预览，完整可编辑版本请下载
!d 范本仅供参考，签约前请结合实际并咨询专业律师
!l 相关范本：酒店布草采购合同　｜　五金配件采购合同　｜　装修材料供货合同
!m 范本库下载 fanbenku.cn
""",
        body="""
甲方（采购方）：××酒店管理有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　产品名称、规格和数量：304不锈钢双杆毛巾架，长600毫米，共＿＿＿套，单价＿＿＿元，总价＿＿＿＿元。
第二条　质量要求：产品须符合国家相关标准，单杆承重不低于5公斤，盐雾试验不低于24小时。
第三条　交货时间和地点：乙方于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　安装和验收：乙方负责上门安装，甲方在安装完成后5日内验收，逐套检查牢固程度。
第五条　付款方式：验收合格后，甲方在15个工作日内付清全部货款。
第六条　质量保证：质保期为两年，质保期内出现锈蚀、松动的，乙方免费更换。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-lishui-notice-lab-tech-wick-practical",
        site="郦水人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lsrsks.cn/kwdt/2025/0409/1402.html",
        title="关于2025年郦水县中小学实验员招聘实操考核的公告",
        record_title="〔招聘考务〕关于2025年郦水县中小学实验员招聘实操考核的公告_考务动态_郦水人事考试网",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="personnel-exam site: maintenance banner, an admission-ticket float; an exam timetable table; sentences "
        "that speak of 下载/打印 准考证 as content; the exam's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔招聘考务〕关于2025年郦水县中小学实验员招聘实操考核的公告_考务动态_郦水人事考试网</title>
<script src="/js/ks.js"></script>
</head><body>
<div class="notice-bar">⟦a 系统维护通知：4月12日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="ks-top">⟦m 郦水人事考试网⟧ ⟦m 郦水县人事考试中心主办⟧</div>
<div class="ks-nav">⟦m <a>首页</a> <a>考务动态</a> <a>成绩查询</a> <a>证书办理</a> <a>政策法规</a>⟧</div>
<div class="ks-pos">⟦m 位置：首页 / 考务动态⟧</div>
<div class="ks-art"><h3>{T}</h3>
<div class="ks-info">⟦m 发布时间：2025-04-09　　来源：县人社局事业单位人事管理股⟧</div>
<div class="ks-text">
{BODY}
</div></div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a><br><a>⟦a 成绩查询入口⟧</a></div>
<div class="ks-side"><h4>⟦l 最新考务⟧</h4><p>⟦l 2025年郦水县事业单位招聘笔试成绩公布⟧</p><p>⟦l 关于2025年度会计专业技术资格考试报名的通知⟧</p></div>
<div class="ks-foot">⟦m 技术支持：郦水县人事考试中心信息科 0836-4410001⟧<br>⟦m 川ICP备14011902号⟧</div>
</body></html>
""",
        body="""
根据《2025年郦水县中小学公开招聘实验员公告》，现将实操考核有关事项公告如下。
一、考核内容
考生须在20分钟内完成酒精灯检查与灯芯更换、简单电路连接两项操作，满分100分。
二、考核安排
日期　时间　考核对象
4月19日　8:30—12:00　化学、生物实验员岗位
4月19日　14:00—17:30　物理实验员岗位
三、有关事项
考生须于4月15日起登录郦水人事考试网下载并打印准考证，凭准考证和身份证参加考核。考核所需器材由考点统一提供，考生不得自带。
咨询电话：0836-4412087
郦水县人力资源和社会保障局
2025年4月8日
""",
    ),
    dict(
        slug="exam-zouyang-notice-calligraphy-test-ink-bottle",
        site="鄹阳人事考试网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://rsks.zouyang.gov.cn/jszp/2025/0604/770.html",
        title="2025年鄹阳县教师招聘书法学科专业测试须知",
        record_title="【考生必读】2025年鄹阳县教师招聘书法学科专业测试须知（请提前备好用具）- 鄹阳人事考试网",
        date="2025-06-03",
        notes="exam site as text: a reply-free notice with a list; the candidates' ink bottle rule; an app prompt glued "
        "after a sentence; 成文日期 under the signature",
        page="""
!m 鄹阳人事考试网
!m 首页 >> 教师招聘 >> 考务通知
!t 【考生必读】2025年鄹阳县教师招聘书法学科专业测试须知（请提前备好用具）
!m 时间：2025-06-04 09:30　　浏览：4402
{BODY}
!a 【收藏本页】【打印】【关闭】
!m 考试技术咨询：0836-7761000（仅限系统问题）
!m 鄹阳县人事考试中心　版权所有
""",
        indent="\u3000\u3000",
        date_also=["2025-06-04"],
        body="""
报考书法学科教师岗位的考生请注意：
一、专业测试于6月14日上午在鄹阳县第二中学进行，考生须于7:50前到达考点。
二、测试内容为毛笔楷书临摹和现场创作，时长120分钟。
三、考生须自带毛笔、墨汁、毛毡、笔洗和镇纸；宣纸由考点统一提供。墨汁请装在带盖的墨水瓶内，容量不超过200毫升，进场时放在座位右上角。⟦a 下载“鄹阳人社”App，考试提醒不错过⟧
四、考场内不得使用手机，不得互借用具。墨水瓶打翻污损试卷的，不予更换试卷。
五、考生凭准考证和身份证入场。
鄹阳县教师招聘工作领导小组办公室
2025年6月3日
""",
    ),
    dict(
        slug="tender-yunhu-inquiry-ent-ear-picks",
        site="郓湖公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.yunhu.gov.cn/jyxx/zfcg/xjgg/20250521/33172.html",
        title="郓湖市第二人民医院耳鼻喉科耗材询价公告",
        record_title="〖询价公告〗郓湖市第二人民医院耳鼻喉科耗材询价公告｜郓湖公共资源交易网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="tender portal: a countdown, an attachment download link beside the notice's own 附件 line, CA and "
        "trading-system lines; a lots table; purchaser and agency contacts in the body; 成文日期 under the agency",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖询价公告〗郓湖市第二人民医院耳鼻喉科耗材询价公告｜郓湖公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="jy-top">⟦m 郓湖公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="jy-nav">⟦m <a>首页</a> <a>交易信息</a> <a>政府采购</a> <a>工程建设</a> <a>信用信息</a>⟧</div>
<div class="jy-pos">⟦m 交易信息 > 政府采购 > 询价公告⟧</div>
<div class="jy-art"><h2>{T}</h2>
<div class="jy-info">⟦m 信息时间：2025-05-21　　阅读次数：302⟧</div>
<div class="jy-count">⟦m 距报价截止还有：6天 04时 18分⟧</div>
<div class="jy-text">
{BODY}
</div>
<div class="jy-att"><a href="/att/33172.zip">⟦a 询价文件.zip（点击下载）⟧</a></div></div>
<div class="jy-foot">⟦m CA服务电话：400-822-0917　交易系统热线：0835-3366001⟧<br>⟦m 郓湖市公共资源交易中心　郓ICP备17000381号⟧</div>
</body></html>
""",
        body="""
项目名称：郓湖市第二人民医院耳鼻喉科耗材询价采购
一、采购内容
序号　品名　规格　数量
1　一次性无菌耳勺　塑料，带光源　3000支
2　一次性耵聍钩　不锈钢　2000支
3　耳镜窥头　2.5毫米、4毫米　5000个
二、报价要求
供应商须具备医疗器械经营许可证，报价含运输和税费。报价文件请于5月27日17:00前密封递交。
三、联系方式
采购人：郓湖市第二人民医院　　联系人：高文轩　　电话：0835-3361207
代理机构：郓湖华信招标咨询有限公司　　联系人：宁采薇　　电话：0835-3390412
附件：询价文件
郓湖华信招标咨询有限公司
2025年5月20日
""",
    ),
    dict(
        slug="tender-jiachuan-result-hotel-towel-racks",
        site="郏川县公共资源交易平台 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://jcggzy.jiachuan.gov.cn/zbgs/20241112/8802.html",
        title="郏川宾馆客房卫浴五金更换项目中标结果公告",
        date="2024-11-12",
        notes="the record's title as is; a bid-result table (cells apart by ideographic spaces); purchaser and agency "
        "phones in the body beside the platform's hotline; 成文日期 under the agency",
        page="""
!m 郏川县公共资源交易平台
!m 首页 > 交易信息 > 中标公告
{T}
!m 发布时间：2024-11-12　　信息来源：郏川县公共资源服务有限公司
{BODY}
!l 上一条：郏川县第一中学食堂设备采购项目中标公告
!l 下一条：阪口镇农村公路养护项目招标公告
!m 平台服务热线：0837-5520600　　主体注册与CA：400-877-6631
""",
        body="""
一、项目编号：JCZC-2024-0871
二、项目名称：郏川宾馆客房卫浴五金更换项目
三、中标信息
包号　内容　中标供应商　中标金额（元）
1　毛巾架、浴巾架236套　郓湖市锦硕五金制品有限公司　98760
2　淋浴花洒、置物架236套　郏川县鼎泰建材经营部　143200
四、评审专家：郑方圆、邹立仁、苗颖
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：郏川宾馆　　联系电话：0837-5529810
代理机构：郏川县公共资源服务有限公司　　联系电话：0837-5520667
郏川县公共资源服务有限公司
2024年11月12日
""",
    ),
    dict(
        slug="lawfirm-mingche-answer-towel-rack-falls-tenant",
        site="明澈律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.mingchelaw.cn/wenda/2291.html",
        title="出租屋毛巾架脱落砸伤租客，房东要担责吗",
        record_title="律师解答｜出租屋毛巾架脱落砸伤租客，房东要担责吗—明澈律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a 本文地址 block and repost notice; the answer's Q/A lines; "
        "a consult prompt glued after a sentence; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>律师解答｜出租屋毛巾架脱落砸伤租客，房东要担责吗—明澈律师事务所</title>
<script src="/static/kefu.js"></script>
</head><body>
<div class="law-top">⟦m 明澈律师事务所⟧ ⟦m 明法析理　澈见是非⟧ ⟦m 全国咨询热线：400-690-3158⟧</div>
<div class="law-nav">⟦m <a>首页</a> <a>律所简介</a> <a>专业领域</a> <a>律师团队</a> <a>法律问答</a> <a>联系我们</a>⟧</div>
<div class="law-pos">⟦m 首页 › 法律问答 › 房屋租赁⟧</div>
<div class="law-art"><h1>{T}</h1>
<div class="law-meta">⟦m 解答律师：沈澄　　阅读：1873⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-url">⟦m 本文地址：https://www.mingchelaw.cn/wenda/2291.html⟧<br>⟦d 转载请注明来自明澈律师事务所，本文不构成正式法律意见⟧</div></div>
<div class="law-card"><p>⟦m 沈澄　专职律师　执业证号 14101202310****⟧</p><p>⟦m 擅长：房屋租赁、人身损害赔偿⟧</p><a>⟦a 向TA提问⟧</a></div>
<div class="law-float">⟦w 免费咨询　在线律师秒回⟧</div>
<div class="law-foot">⟦m 明澈律师事务所　郓湖市鄞山街道法苑路6号　郓ICP备20009137号⟧</div>
</body></html>
""",
        body="""
问：我租的房子卫生间毛巾架突然脱落，砸伤了脚，房东说是我挂的东西太重，不肯赔，怎么办？
答：这种情况要看毛巾架脱落的原因。
根据民法典的规定，出租人应当履行租赁物的维修义务。毛巾架属于房屋附属设施，如果是因为安装不牢、膨胀螺丝锈蚀等原因脱落，房东又没有及时维修，应当承担相应的赔偿责任。⟦w 类似纠纷可点右侧“在线咨询”，律师一对一分析⟧
如果租客在毛巾架上挂了明显超出用途的重物，或者把毛巾架当扶手使劲拉拽，租客自己也有过错，可以减轻房东的责任。
建议您先保留现场照片、就医记录和费用票据，再和房东协商；协商不成，可以向社区调委会申请调解，或者向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-liheng-letter-ear-cleaning-risks",
        site="郏川立衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.lihenglaw.com/swbj/2024/0726/305.html",
        title="关于采耳服务法律风险的提示函",
        record_title="执业笔记｜关于采耳服务法律风险的提示函（致会员单位）- 郏川立衡律所",
        date="2024-07-25",
        notes="law firm site as text: the letter's own phone beside the firm's 400 line and a consult prompt; numbered "
        "points; 成文日期 under the firm's name",
        page="""
!m 郏川立衡律师事务所　｜　执业笔记
!t 执业笔记｜关于采耳服务法律风险的提示函（致会员单位）
!m 2024-07-26　　立衡律师团队　　阅读 508
{BODY}
!w 企业合规问题，欢迎拨打立衡法律服务热线 400-117-8260
!l 相关文章：美容美发店预付卡纠纷怎么处理　｜　顾客在店内受伤，商家担什么责
!d 本文为本所律师原创，转载须经授权
""",
        indent="\u3000\u3000",
        date_also=["2024-07-26"],
        body="""
郏川县美容美发行业协会各会员单位：
近期，本所接到多起因采耳服务引发的纠纷咨询。为帮助各会员单位防范法律风险，现提示如下：
一、采耳不属于医疗行为，店内不得宣传“治疗耳鸣”“疏通耳道”等功效，否则可能构成虚假宣传。
二、耳勺、耳镊等工具未按规定消毒导致顾客感染的，店铺应当承担侵权责任。
三、对外耳道有炎症、做过耳部手术的顾客，应当书面告知风险并劝其就医。
四、建议店铺为技师购买职业责任保险，并保存好消毒记录和服务记录。
如有疑问，可与本所联系，电话：0837-5538016。
郏川立衡律师事务所
2024年7月25日
""",
    ),
]
