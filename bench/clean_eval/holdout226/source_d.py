"""holdout226, part D: local forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-liantang-stray-cats-traps-jammer",
        site="梿塘家园论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.liantangjy.example.com/forum.php?mod=viewthread&tid=61827",
        title="梿塘小区流浪猫越来越多，我们几户邻居借笼子做了绝育",
        record_title=None,
        date=None,
        notes="a county forum: no title in the record (the thread subject), jammer-font junk, a weather line, medals, a "
        "decoration ad between posts, a 'forwarded to the street office' link; '5 小时前' is no date",
        junk=dict(lines=1, glued=2),
        page="""
<html>
<head>
<meta charset="gbk">
<title>梿塘家园论坛 - 邻里互助</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?fX9"></script>
</head>
<body>
<div id="qmenu">⟦m 今日梿塘：多云转晴 14～23℃　空气质量 良⟧</div>
<div id="hd">⟦m 梿塘家园论坛 · 咱梿塘人自己的网上家园⟧　⟦a <a>登录</a> <a>注册家园号</a>⟧</div>
<div id="pt">⟦m 家园论坛 › 邻里互助 › 浏览主题⟧</div>
<div id="postlist">
<table><tr>
<td class="pls">⟦m 桂花巷老陈 ｜ 家园元老 ｜ 勋章：热心邻居 · 十年家园⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 小时前 ｜ 来自手机 ｜ 查看 2310 ｜ 回复 46⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 ｜ 加分 ｜ 收藏 ｜ 转发到朋友圈⟧</div>
</td></tr></table>
<div class="ad">⟦w 梿塘本地装修找老蔡，旧房翻新包工包料，QQ 1378820461⟧</div>
<div class="official">⟦l 本帖已转交梿塘街道办　▸ 点此查看答复进度⟧</div>
<div class="reply">⟦l 2楼 梿塘小棉袄：点赞！我家有一个闲置的大笼子可以借⟧</div>
<div class="reply">⟦l 3楼 一只咸鱼：去年我们单元也抓过，建议找协会登记一下⟧</div>
</div>
<div id="ft">⟦m 梿塘家园论坛 ｜ 手机版 ｜ 联系站长 ｜ 浙ICP备14019385号⟧</div>
</body>
</html>
""",
        body="""
我们梿塘小区这两年流浪猫越来越多，晚上打架叫春，有的还钻进车底取暖。物业说不归他们管，我和几个养猫的邻居一商量，决定自己动手给它们做绝育。
上个月我们从县小动物保护协会借了4个诱捕用的宠物笼，笼里放上猫罐头，傍晚放在猫常出没的花坛边，第二天一早去收。两周下来一共抓到11只，送到縠水路的宠物医院做了绝育，费用由协会补助一半，剩下的我们几户平摊。
做完手术的猫在笼子里观察了两天，确认伤口没问题才放回原地，耳朵上剪了个小缺口做记号。
想问问论坛里有没有同样在做这件事的朋友？笼子不够用，大家能不能互相借一借。
""",
    ),
    dict(
        slug="localforum-sheling-lock-install-fee-complaint",
        site="麝岭论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.shelingren.example.cn/thread-20931-1-1.html",
        title="上门装个指纹锁，多收180元“开孔费”合理吗？",
        record_title="[街坊说理] 上门装个指纹锁，多收180元“开孔费”合理吗？ - 百姓说事 - 麝岭论坛",
        date=None,
        notes="a county forum's complaint: a 'forwarded to the bureau / see official reply' line, a moderator note, a "
        "forum-rules line; '2 天前' is no date; a 12315 sentence is content",
        page="""
!m 麝岭论坛 » 百姓说事
!t [街坊说理] 上门装个指纹锁，多收180元“开孔费”合理吗？
!m 楼主 山里的蘑菇　2 天前　浏览 4087　回复 63
{BODY}
!l 【已转交】县市场监管局 ｜ 查看官方回复（1）
!m 版主提示：反映问题请实事求是，勿发布他人隐私
!a 收藏　分享　举报该帖
!d 发帖须遵守《麝岭论坛版规》，违者删帖禁言
!m 麝岭论坛　湘ICP备13004427号
""",
        body="""
上周在建材市场一家门店订了一把指纹锁，标价1680元，说好包安装。师傅上门装完，突然说我家是老式防盗门，要额外收180元“开孔费”，不给就不调试。
当时孩子等着进门，我只好先付了。事后问了几个做锁的朋友，都说换锁开孔是正常安装的一部分，一般不另外收钱。
我给门店打电话，店里说开孔费是师傅自己收的，和他们无关；师傅那边又说是店里的规定。两边踢皮球，到现在也没个说法。
想问问大家，这种情况合理吗？我已经在12315平台上提交了投诉，有结果再来更新。
""",
    ),
    dict(
        slug="download-lvdou-rules-teashop-kettles-doc",
        site="绿豆资料站 (invented download station, gb2312 tables)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.lvdouzl.example.com/soft/zhidu/3390.html",
        title="茶饮店养生壶使用与清洁管理制度",
        record_title="茶饮店养生壶使用与清洁管理制度.doc",
        date=None,
        notes="an old download station: file-info table (an update stamp is no date), three download links, an unzip "
        "password, a dead-link report, a floating ghost-writer box; 第N条 articles that speak of 打印 and 扫码 as content",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>茶饮店养生壶使用与清洁管理制度.doc - 绿豆资料站</title>
<script src="/js/down.js" language="javascript"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 绿豆资料站 —— 小店管理资料一站齐⟧</td><td align="right">⟦a 加入收藏 ｜ 设为首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 │ 规章制度 │ 表格模板 │ 合同范本 │ 培训课件⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您在这里：首页 → 规章制度 → 餐饮门店⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：Word 文档⟧</td></tr>
<tr><td>⟦m 更新时间：2024-07-30⟧</td><td>⟦m 下载次数：1207⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS / Office⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a 下载地址：【电信高速下载】 【联通高速下载】 【备用下载点】⟧</td></tr>
<tr><td>⟦a 解压密码：www.lvdouzl.example.com⟧</td></tr>
<tr><td>⟦l 下载不了？点此报告死链，我们会尽快修复⟧</td></tr>
</table>
<div style="position:absolute;left:4px;top:300px">⟦w 店规文案代写，找绿豆文案 QQ 2540917736⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料多来自网友投递，仅供学习参考，请于下载后24小时内删除⟧</td></tr>
<tr><td>⟦m 绿豆资料站 版权所有　赣ICP备15006312号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范门店养生壶的使用和清洁，保证花草茶饮品的卫生安全，制定本制度。
第二条　本制度适用于公司各门店的吧台操作人员。
第三条　养生壶只能用于煮制花草茶、果茶，不得煮制含奶或含糖浆的饮品。
第四条　每次使用后用清水冲洗壶身，每日打烊后用食品级柠檬酸除垢一次。
第五条　清洁记录表由店长打印后贴在吧台旁，操作人员每次清洁后扫码登记。
第六条　壶体出现裂纹、温控失灵的，应立即停用，并报店长更换。
第七条　本制度由公司运营部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="download-ziliaopu-host-script-kettle-tea",
        site="资料铺 (invented download station)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.ziliaopu.example.net/zcc/shequ/8841.html",
        title="社区“健康茶饮”养生壶煮茶分享会主持词",
        record_title="社区“健康茶饮”养生壶煮茶分享会主持词（含开场白）免费下载 - 资料铺",
        date=None,
        notes="a host's script on a download page: a download box, a points line, a 'members download without ads' line "
        "between paragraphs; a scan-the-QR and a share sentence are content; no date",
        indent="\u3000\u3000",
        page="""
!m 资料铺 - 主持词 - 社区活动
!t 社区“健康茶饮”养生壶煮茶分享会主持词（含开场白）免费下载
!m 资料类型：.docx　大小：18K　加入时间：一周前　人气：512
!a ▶ 本地下载　▶ 网盘下载（提取码 7hq2）
{BODY}
!a 觉得有用？下载原文档只需 1 铺币
!l 相关下载：社区重阳节敬老活动主持词 ｜ 健康讲座开场白 ｜ 邻里节活动方案
!d 资料铺所有资源均来自网络，版权归原作者
""",
        body="""
各位居民朋友，大家上午好！
秋冬时节，一杯热茶暖身又暖心。今天，縠纹社区在这里举办“健康茶饮”养生壶煮茶分享会，欢迎大家的到来！
首先，请允许我介绍今天的嘉宾：县中医院营养师程晓岚老师，以及我们社区的“煮茶达人”周阿姨。
下面，请程老师为大家讲一讲秋冬季节适合喝哪些花草茶，以及养生壶使用中的安全注意事项。
⟦a 开通铺子会员，下载无广告、不限次⟧
感谢程老师的精彩讲解！接下来，请周阿姨现场演示用养生壶煮红枣桂圆茶，大家可以扫描桌上的二维码，领取今天的茶饮配方。
活动的最后，请大家品尝刚煮好的茶，也欢迎大家把配方分享给家里人。
今天的分享会到此结束，祝大家身体健康，生活甜甜美美！再见！
""",
    ),
    dict(
        slug="exam-xiucheng-appraisal-appliance-repair-kettles",
        site="貅城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xcrsks.example.gov.cn/jdgg/2024/1106/1733.html",
        title="关于2024年第四期家用电器产品维修工职业技能等级认定的公告",
        record_title="【鉴定公告】关于2024年第四期家用电器产品维修工职业技能等级认定的公告 - 貅城人事考试网",
        date="2024-11-05",
        date_also=["2024-11-06"],
        notes="a personnel-exam site: a maintenance banner, an admission-ticket float, the appraisal centre's own 咨询电话 "
        "beside the site's technical line; 'download and print the admission ticket' is content; 成文日期 differs from the "
        "page date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【鉴定公告】关于2024年第四期家用电器产品维修工职业技能等级认定的公告 - 貅城人事考试网</title>
<script src="/static/ks/common.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统升级提示：11月9日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="hd">⟦m 貅城人事考试网⟧　⟦m <a>首页</a> <a>考试动态</a> <a>技能鉴定</a> <a>成绩查询</a> <a>证书领取</a>⟧</div>
<div class="pos">⟦m 首页 &gt; 技能鉴定 &gt; 鉴定公告⟧</div>
<div class="content">
<h2>{T}</h2>
<div class="pub">⟦m 发布日期：2024-11-06　信息来源：市职业技能鉴定指导中心⟧</div>
<div class="txt">
{BODY}
</div>
<div class="tool">⟦a 【收藏】【打印】【关闭】⟧</div>
</div>
<div class="float-entry">⟦a 准考证打印入口 ▸⟧<br>⟦a 成绩查询入口 ▸⟧</div>
<div class="ft">
<p>⟦m 网站技术支持：0597-3368500（仅解答报名系统使用问题，考务政策请咨询主管部门）⟧</p>
<p>⟦m 貅城市人事考试中心 主办　闽ICP备10021573号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2024年第四期家用电器产品维修工（小家电方向）职业技能等级认定定于11月16日举行，现将有关事项公告如下。
一、认定等级。本期设五级（初级工）和四级（中级工）两个等级。
二、考核内容。理论知识考试采用机考；操作技能考核为现场排除养生壶、电炖锅的温控器和干烧保护故障，考生须自带万用表和螺丝刀。
三、准考证打印。考生请于11月11日至15日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
四、考核地点。貅城技师学院实训楼三楼。
咨询电话：0597-3368021（市职业技能鉴定指导中心，工作日）
貅城市人力资源和社会保障局
2024年11月5日
""",
    ),
    dict(
        slug="exam-huchuan-practical-test-shelter-cages",
        site="琥川人才考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hcrcks.example.cn/zpgg/2024/0713/502.html",
        title="琥川县流浪动物收容中心2024年公开招聘编外工作人员实操测试公告",
        record_title="琥川县流浪动物收容中心2024年公开招聘编外工作人员实操测试公告_招聘公告_琥川人才考试网",
        date="2024-07-12",
        notes="an exam site in text: a list of candidates one row a paragraph, the centre's own 咨询电话 beside the site's "
        "service line, a countdown line and a 'further reading' link between paragraphs",
        page="""
!m 琥川人才考试网　>　招聘公告
!m 距测试开始还有 7 天
!t 琥川县流浪动物收容中心2024年公开招聘编外工作人员实操测试公告
!m 发布人：考务科　　字号：大 中 小
{BODY}
!l 延伸阅读：事业单位编外人员招聘常见问答
!m 考生服务专线：0576-5830000　（报名系统操作问题）
!m 琥川人才考试网　浙ICP备09037755号
""",
        body="""
根据《琥川县流浪动物收容中心2024年公开招聘编外工作人员公告》，现将动物饲养员岗位实操测试有关事项公告如下。
一、测试时间：2024年7月20日上午8:30。
二、测试地点：琥川县流浪动物收容中心（梿塘镇工业路18号）。
三、测试内容：宠物笼清洁消毒、犬只牵引入笼、自动喂食器定时设置三项，满分100分，60分以下不进入体检。
⟦l 相关链接：2024年上半年编外招聘面试成绩公布⟧
四、注意事项：考生须穿运动鞋和长袖衣裤，现场提供手套和防护服；请提前30分钟到场，迟到15分钟不得参加测试。
参加测试人员名单：
序号　姓名　准考证号
1　刘一帆　HC2024071
2　邵念　HC2024072
3　陈可为　HC2024073
咨询电话：0576-5831902
琥川县流浪动物收容中心
2024年7月12日
""",
    ),
    dict(
        slug="tender-xiucheng-feeders-lots-ca-lines",
        site="貅城市公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiucheng.gov.example.cn/jyxx/zfcg/zbgg/20240529/88101.html",
        title="貅城市流浪动物收容中心自动喂食设备采购项目招标公告",
        record_title="【货物招标】貅城市流浪动物收容中心自动喂食设备采购项目招标公告 - 貅城市公共资源交易网",
        date="2024-05-29",
        notes="a tender portal: a bid-opening countdown, an attachment link, CA and trading-system lines beside the "
        "purchaser's and agency's own contacts; a lots table one row a paragraph; 'download the tender file' is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【货物招标】貅城市流浪动物收容中心自动喂食设备采购项目招标公告 - 貅城市公共资源交易网</title>
<script src="/js/jyxx.js"></script>
</head>
<body>
<div class="top">⟦m 貅城市公共资源交易网⟧　⟦a <a>交易主体登录</a> ｜ <a>专家登录</a>⟧</div>
<div class="nav">⟦m <a>首页</a> <a>交易信息</a> <a>政府采购</a> <a>工程建设</a> <a>服务指南</a> <a>政策法规</a>⟧</div>
<div class="loc">⟦m 交易信息 ＞ 政府采购 ＞ 招标公告⟧</div>
<div class="ewb-info">
<h3>{T}</h3>
<div class="ewb-meta">⟦m 【信息时间：2024-05-29】【阅读次数：655】⟧</div>
<div class="countdown">⟦m 距开标时间还剩：21天 06时 14分⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="att">⟦a 相关附件：招标文件（XCGZ-2024-0387）.zip⟧</div>
</div>
<div class="side">
<p>⟦m 数字证书（CA）办理咨询：400-620-8810⟧</p>
<p>⟦m 电子交易系统技术支持：0597-3380100⟧</p>
</div>
<div class="foot">⟦m 貅城市公共资源交易中心　地址：貅城市政务服务中心四楼⟧<br>⟦m 闽ICP备13009917号⟧</div>
</body>
</html>
""",
        body="""
项目概况：貅城市流浪动物收容中心自动喂食设备采购项目的潜在投标人应在本网站获取招标文件，并于2024年6月20日9时30分前递交投标文件。
一、项目编号：XCGZ-2024-0387
二、采购需求：
包号　货物名称　数量　最高限价（万元）
1　自动喂食器（大型犬用）　60台　7.2
2　自动饮水机　60台　3.0
3　配套不锈钢宠物笼　40套　9.6
三、获取招标文件：2024年5月30日至6月6日，投标人登录交易系统免费下载。
四、联系方式
采购人：貅城市流浪动物收容中心　联系人：谢工　电话：0597-3427715
代理机构：貅城恒信招标咨询有限公司　联系人：严晴　电话：0597-3380946
貅城恒信招标咨询有限公司
2024年5月29日
""",
    ),
    dict(
        slug="tender-huchuan-result-apartment-locks",
        site="琥川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.huchuan.gov.example.cn/zbjg/20241015/7709.html",
        title="琥川县人才公寓智能门锁更换项目中标结果公告",
        record_title="〔结果发布〕琥川县人才公寓智能门锁更换项目中标结果公告 - 琥川县公共资源交易中心",
        date="2024-10-14",
        notes="a bid result in text: lots table one row a paragraph, the purchaser's contact beside the centre's CA "
        "hotline; 成文日期 under the signature",
        page="""
!m 琥川县公共资源交易中心
!m 首页 ＞ 政府采购 ＞ 中标（成交）结果
!t 〔结果发布〕琥川县人才公寓智能门锁更换项目中标结果公告
!m 浏览次数：318　【大 中 小】
{BODY}
!a 〖打印公告〗〖关闭窗口〗
!m CA证书服务热线：0576-5829966　　交易系统客服：0576-5829988
!m 主办单位：琥川县公共资源交易中心
""",
        body="""
一、项目编号：HCZC-2024-0219
二、项目名称：琥川县人才公寓智能门锁更换项目
三、中标信息：
包号　中标供应商　中标金额（元）
1　琥川安邻智能科技有限公司　486000
2　縠水固盾锁业有限公司　312500
四、主要标的：指纹锁（含旧锁拆除和安装调试）共520套，质保期三年。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人：琥川县人才服务中心　联系人：聂工　电话：0576-5830617
琥川县人才服务中心
2024年10月14日
""",
    ),
    dict(
        slug="lawfirm-mingche-feeder-failure-case",
        site="明澈律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.mingchelaw.example.cn/anli/2024/0618/318.html",
        title="喂食器“罢工”猫咪饿伤，商家该不该赔？",
        record_title="维权小课堂丨喂食器“罢工”猫咪饿伤，商家该不该赔？ — 明澈律师事务所",
        date="2024-06-18",
        notes="a law firm: a lawyer card, a free-consult float, a 400 line, a repost-terms block; a consult prompt glued "
        "after a sentence; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>维权小课堂丨喂食器“罢工”猫咪饿伤，商家该不该赔？ — 明澈律师事务所</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<header>⟦m 明澈律师事务所 · 让法律看得见⟧　⟦m 全国咨询热线 400-839-1166⟧</header>
<nav>⟦m <a>首页</a> <a>律所简介</a> <a>专业领域</a> <a>律师团队</a> <a>案例评析</a> <a>联系我们</a>⟧</nav>
<div class="crumb">⟦m 首页 / 案例评析 / 消费维权⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-06-18　作者：明澈律所 消费者权益团队　浏览 744⟧</div>
<div class="body">
{BODY}
</div>
<div class="repost">⟦d 转载须经本所书面同意并注明出处，案例中当事人均为化名⟧</div>
</article>
<aside>
<div class="lawyer">⟦m 主办律师：卢清远　执业证号 13311202010918337⟧</div>
<div class="lawyer">⟦w 擅长：消费维权、产品责任　预约面谈：0597-3295012⟧</div>
<div class="float">⟦w 免费在线问律师，3分钟内回复⟧</div>
</aside>
<footer>⟦m © 明澈律师事务所　闽ICP备20011843号⟧</footer>
</body>
</html>
""",
        body="""
【案情】王女士出差前在网上购买了一台自动宠物喂食器，设定每天出粮三次。五天后回家，发现喂食器从第二天起就没有出粮，家中的猫严重脱水，送医花费2860元。王女士要求商家赔偿，商家只同意退货。
【分析】喂食器未能按设定出粮，经检测系电机驱动板故障，属于产品存在缺陷。根据民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。猫的医疗费属于财产损失，王女士有权要求赔偿。⟦w 遇到类似纠纷？点此一对一咨询明澈律师⟧
【提示】使用喂食器前，最好在家试运行一两天，并保留购买记录、检测报告和医疗票据。遇到纠纷可以先与商家协商，协商不成可以向12315投诉或者提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-zhiheng-letter-kettle-false-ads",
        site="知衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhihenglaw.example.com/wenshu/lvshihan/2209.html",
        title="关于停止“养生壶可治病”虚假宣传的律师函",
        record_title="律所文书｜关于停止“养生壶可治病”虚假宣传的律师函（已脱敏） - 知衡律师事务所",
        date="2024-09-26",
        notes="a lawyer's letter on a law firm's site: the letter's own lawyer and phone beside the firm's 400 line, a "
        "desensitised-sample note; 成文日期 under the firm's signature",
        page="""
!m 知衡律师事务所　专业 · 严谨 · 守信
!m 首页 > 律所文书 > 律师函
!t 律所文书｜关于停止“养生壶可治病”虚假宣传的律师函（已脱敏）
!d 本文书已隐去当事人信息，仅供了解律师函写法
{BODY}
!w 需要起草律师函？全国统一服务热线 400-870-2290
!l 同类文书：催告履行合同律师函 ｜ 商标侵权警告函
!m 知衡律师事务所　湘ICP备17012604号
""",
        body="""
致：麝岭县悦康电器经营部
知衡律师事务所接受縠水康宁小家电有限公司（以下简称“委托人”）的委托，指派本所律师就贵方在直播中宣传委托人生产的养生壶一事，郑重致函如下：
经委托人核实，贵方自2024年8月起在网络直播中宣称委托人的养生壶“煮水可降血糖、治失眠”。上述内容与产品说明书不符，亦无任何依据，已导致多名消费者向委托人投诉。
贵方的行为涉嫌违反《中华人民共和国广告法》的有关规定，并损害了委托人的商业信誉。请贵方自收到本函之日起三日内删除相关视频，停止上述宣传，并书面回复本所。否则，本所将建议委托人依法追究贵方的法律责任。
联系律师：宋以宁　电话：0736-7390521
知衡律师事务所
2024年9月26日
""",
    ),
]
