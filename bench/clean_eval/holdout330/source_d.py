"""holdout330, part D: download stations, personnel-exam sites, tender portals, law firms and
residents' sites. Every document, place, person, firm, site, URL and phone is invented; each case
written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fangzhou-down-rules-bbq-foil-wps",
        site="方舟资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.fangzhouxz.example.com/soft/doc/22907.html",
        title="烧烤门店锡纸使用安全操作规程",
        record_title="烧烤门店锡纸使用安全操作规程.wps",
        date=None,
        notes="file-name record title; a file-info table, three download links, an unzip password and a "
        "dead-link report; numbered rules with an effective clause only (no date); a floating ghost-writer "
        "box",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>烧烤门店锡纸使用安全操作规程.wps - 方舟资料下载站</title><script language="javascript" src="/js/down_hits.asp?id=22907"></script></head>
<body>
<table width="950" align="center"><tr><td>⟦m 方舟资料下载站⟧</td><td>⟦m 资料齐全 下载飞快⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 首页 | 办公文档 | 规章制度 | 合同协议 | 培训课件⟧</td></tr></table>
<table width="950" align="center" border="1">
<tr><td colspan="2"><b>⟦t 烧烤门店锡纸使用安全操作规程.wps⟧</b></td></tr>
<tr><td>⟦m 文件大小：38KB⟧</td><td>⟦m 文件格式：WPS文字⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-09⟧</td><td>⟦m 下载次数：1375⟧</td></tr>
<tr><td>⟦m 运行环境：WinAll / WPS 2019以上⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<div class="intro">⟦m 【资料预览】⟧</div>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>
⟦a ◆ 电信线路高速下载⟧<br>⟦a ◆ 联通线路高速下载⟧<br>⟦a ◆ 备用网盘下载⟧<br>
⟦m 解压密码：fangzhouxz⟧<br>
⟦a 下载链接失效？点此向站长反馈⟧
</td></tr></table>
<div id="float_ad" style="position:fixed;right:0;bottom:60px">⟦w 规章制度代写代改，QQ 1724530896⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料来自网络收集，仅供学习研究，下载后请于24小时内删除⟧<br>⟦m 方舟资料下载站 版权所有　闽ICP备10038821号⟧</td></tr></table>
</body></html>
""",
        body="""
为防止烧烤门店使用锡纸时发生烫伤、火灾和食品安全问题，制定本规程。
1.只使用标有“食品接触用”字样的锡纸，严禁使用包装材料店散装无标识的锡纸。
2.锡纸只可用于炭烤炉和电烤炉的烤网上，严禁直接铺在炭火或燃气火口上，以免堵塞火孔、引起回火。
3.锡纸花甲、锡纸金针菇等菜品出炉时，操作人员必须戴隔热手套，锡纸盒放在托盘上再端给顾客。
4.用过的锡纸不得重复使用，收台后统一放入专用回收桶。
5.油渍较多的锡纸应待冷却后再丢弃，防止引燃垃圾桶。
本规程自张贴之日起执行，由门店店长负责监督检查。
""",
    ),
    dict(
        slug="bgbaoku-down-plan-hammer-break-exercise",
        site="办公宝库下载站 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.bgbaoku.example.net/down/fangan/60215.html",
        title="2025年职工工间按摩锤放松活动方案",
        record_title="2025年职工工间按摩锤放松活动方案【docx可编辑】立即下载",
        date="2025-02-20",
        notes="download page with a file-info block and mirror links; the plan's own 成文日期; a download "
        "prompt on a line of its own inside the body and an unzip line at the bottom",
        page="""
!m 办公宝库下载站 — 办公文档一站下
!m 当前：首页 ＞ 方案策划 ＞ 工会活动方案
!t 2025年职工工间按摩锤放松活动方案【docx可编辑】
!m 资料类型：docx　｜　大小：21.4KB　｜　更新：5 天前　｜　星级：★★★★☆
!a 本地高速下载　　网盘下载　　迅雷下载
!m 【内容预览】
{BODY}
!m 解压口令：bgbaoku2025
!a 下载不了？点击报错
!d 本站所有资料均来源于网络，如侵犯了您的权益请联系站长删除
""",
        indent="\u3000\u3000",
        body="""
为缓解职工久坐带来的肩颈腰背不适，丰富工会活动内容，结合单位实际，制定本方案。
一、活动时间：3月1日至6月30日，每个工作日10:30和15:30各一次，每次8分钟。
二、活动内容：由各科室健康联络员带领职工，按照“肩—背—腰—腿”顺序，用按摩锤轻敲放松，配合伸展动作。
⟦a 完整方案（含动作图解）请下载后查看⟧
三、器材保障：工会为每个科室配备按摩锤4把，由健康联络员保管，每周清洁一次。
四、注意事项：孕期职工、患有骨质疏松或高血压未控制的职工不参加敲打环节，只做伸展动作。
五、活动总结：6月底评选“工间活动优秀科室”3个，给予通报表扬。
单位工会委员会
2025年2月20日
""",
    ),
    dict(
        slug="fangcheng-rsks-notice-metal-glasses-chain",
        site="彷城人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fcrsks.example.gov.cn/kwgg/2025/1009/1520.html",
        title="关于考生佩戴眼镜链进入考场有关问题的说明",
        record_title="〔入场安检〕关于考生佩戴眼镜链进入考场有关问题的说明 - 彷城人事考试网",
        date="2025-10-09",
        notes="exam site with a maintenance banner and an admission-ticket float; 打印准考证 spoken of as "
        "content; the exam office's own 咨询电话 beside the site's technical line; byline date equals the "
        "成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔入场安检〕关于考生佩戴眼镜链进入考场有关问题的说明 - 彷城人事考试网</title><script src="/js/jquery-1.8.3.min.js"></script></head>
<body>
<div class="ks-notice">⟦d 系统将于本周六22:00至次日6:00升级，届时暂停报名和缴费⟧</div>
<div class="ks-top">⟦m 彷城人事考试网⟧ ⟦m 彷城市人事考试中心主办⟧</div>
<div class="ks-nav">⟦m 首页　考试动态　考务公告　成绩查询　证书领取⟧</div>
<div class="ks-crumb">⟦m 首页 ›› 考务公告⟧</div>
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-10-09　浏览次数：2675⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a><a>⟦a 报名信息查询⟧</a></div>
<div class="ks-side"><h4>⟦l 近期考试日历⟧</h4><p>⟦l 10月19日　社区工作者招聘笔试⟧</p><p>⟦l 11月2日　事业单位公开招聘面试⟧</p></div>
<div class="ks-ft">⟦m 网站技术支持：0734-8339507（仅受理网页故障）⟧<br>⟦m 湘ICP备12031146号⟧</div>
</body></html>
""",
        body="""
各位考生：
近期有考生来电询问，佩戴眼镜链能否进入考场。现就有关问题说明如下：
一、本次笔试各考点入口均使用金属探测仪进行安检。金属材质的眼镜链、串有金属珠的眼镜链会触发报警，请考生在安检前取下，放入考点统一设置的物品存放处。
二、硅胶、棉绳等非金属材质的眼镜链可以佩戴进入考场，但不得带有挂件、吊坠。
三、请考生于考前一周登录本网打印准考证，并仔细阅读准考证背面的考生须知。
考生如有疑问，请在工作日拨打考务咨询电话：0734-8339512。
彷城市人事考试中心
2025年10月9日
""",
    ),
    dict(
        slug="xiaochuan-rsks-skill-test-pillow-sewing",
        site="逍川县人社局考试信息网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ks.xcrsj.example.gov.cn/jnrd/2025/0818/265.html",
        title="关于开展缝纫工（抱枕制作）职业技能等级认定考核的通知",
        record_title="【技能评价】关于开展缝纫工（抱枕制作）职业技能等级认定考核的通知（内附考核日程）",
        date="2025-08-15",
        notes="exam site text page; a schedule table one row a paragraph; 下载/打印准考证 as content; the "
        "centre's own 咨询电话 beside the site's technical line; the page date differs (both accepted)",
        date_also=["2025-08-18"],
        page="""
!m 逍川县人社局考试信息网
!m 首页 ＞ 技能认定 ＞ 认定公告
!t 【技能评价】关于开展缝纫工（抱枕制作）职业技能等级认定考核的通知（内附考核日程）
!m 发布日期：2025-08-18　　来源：县职业技能鉴定中心
{BODY}
!a 点此进入认定报名系统
!m 系统故障请致电：0913-5150077（工作日 8:30-17:30）
!m 主办：逍川县人力资源和社会保障局
""",
        body="""
各有关企业、培训机构：
经研究，定于9月上旬在铰塘镇家纺产业园开展缝纫工（抱枕制作方向）职业技能等级认定考核。现将有关事项通知如下：
一、认定对象为从事抱枕缝制、充棉、封口等岗位满一年的在职员工，以及参加过县级缝纫工培训的学员。
二、考核安排如下：
等级　理论考试　实操考核
初级工　9月6日上午　9月6日下午
中级工　9月7日上午　9月7日下午
三、考生请于9月3日后登录本网下载并打印准考证，实操考核自带剪刀和顶针。
联系电话：0913-5150362（县职业技能鉴定中心）
逍川县职业技能鉴定中心
2025年8月15日
""",
    ),
    dict(
        slug="xiaochuan-ggzy-inquiry-welfare-pillows",
        site="逍川公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiaochuan.example.gov.cn/cggg/2025/0806/xj-0193.html",
        title="逍川县社会福利院抱枕及靠垫采购项目询价公告",
        record_title="逍川县社会福利院抱枕及靠垫采购项目询价公告_采购公告_逍川公共资源交易网",
        date="2025-08-06",
        notes="tender portal with a countdown, CA and trading-system lines; an items table one row a "
        "paragraph; the purchaser's and agency's contacts in the body; 下载询价文件 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>逍川县社会福利院抱枕及靠垫采购项目询价公告_采购公告_逍川公共资源交易网</title><script src="/js/countdown.js"></script></head>
<body>
<div class="jy-top">⟦m 逍川公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a CA证书办理指南⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　信用信息　办事指南⟧</div>
<div class="jy-crumb">⟦m 首页 > 政府采购 > 采购公告⟧</div>
<h1>{T}</h1>
<div class="jy-meta">⟦m 信息时间：2025-08-06　阅读次数：214⟧</div>
<div class="jy-count">⟦m 距报价截止还剩：05天 17时 22分⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-service">⟦m CA证书服务热线：400-8617-205⟧<br>⟦m 交易系统操作咨询：0913-5168800⟧</div>
<div class="jy-ft">⟦m 逍川县公共资源交易中心　赣ICP备16010234号⟧</div>
</body></html>
""",
        body="""
逍川县社会福利院拟对抱枕及靠垫采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、项目编号：XCFLY-2025-XJ017
二、采购内容：
品名　规格　数量　最高限价
护腰抱枕　45×45厘米　300个　68元/个
楔形靠垫　60×40×20厘米　120个　125元/个
三、报价截止时间：2025年8月12日9时30分。供应商请登录交易系统下载询价文件，按要求上传报价。
四、联系方式
采购人：逍川县社会福利院　联系人：甘素秋　电话：0913-5132017
代理机构：逍川恒正招标咨询有限公司　联系人：邵飞白　电话：0913-5187452
2025年8月6日
""",
    ),
    dict(
        slug="fangcheng-bus-result-spray-tender",
        site="彷城市公共资源交易平台 (invented tender portal)",
        style="招投标网",
        genre="结果公告",
        kind="notice",
        form="text",
        source="https://jy.fangcheng.example.gov.cn/jggg/2025/0612/cj-4471.html",
        title="彷城市公交集团车厢织物除味喷雾采购项目成交结果公告",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="record title and date; a results table one row a paragraph; the purchaser's and agency's "
        "contacts beside the platform's hotline; a publicity-period line",
        page="""
!m 彷城市公共资源交易平台
!m 首页 » 交易公告 » 结果公示
{T}
!m 发布时间：2025-06-12 16:20　　信息来源：彷城华信项目管理有限公司
!a [打印] [关闭] [我要咨询]
{BODY}
!m 平台服务热线：0734-8296000　　CA锁办理：0734-8296011
!l 相关公告：彷城市公交集团车厢织物除味喷雾采购项目竞争性磋商公告
""",
        body="""
一、项目编号：FCGJ-2025-CS008
二、项目名称：彷城市公交集团车厢织物除味喷雾采购项目
三、成交信息：
成交供应商　成交金额　交货期
嬗溪县清爽日化有限公司　38.76万元　合同签订后20日内
四、主要标的：车厢座椅织物专用除味喷雾，规格500毫升/瓶，数量12000瓶，要求无香型、不含致敏香精。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：彷城市公共交通集团有限公司　联系人：乔晚枫　电话：0734-8210566
代理机构：彷城华信项目管理有限公司　联系人：苏一禾　电话：0734-8247310
""",
    ),
    dict(
        slug="chengming-lawfirm-spray-faded-clothes",
        site="嬗溪澄明律师事务所 (invented law firm)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.chengminglaw.example.cn/anli/20250702/188.html",
        title="除味喷雾把衣服喷褪色了，商家该不该赔？",
        record_title="律师解答▏除味喷雾把衣服喷褪色了，商家该不该赔？—嬗溪澄明律师事务所",
        date=None,
        notes="law firm page with a lawyer card, a consult float, a 400 line and a 本文地址 block; a case "
        "answer with no date; a free-consult prompt on a line of its own inside the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>律师解答▏除味喷雾把衣服喷褪色了，商家该不该赔？—嬗溪澄明律师事务所</title><script src="https://kf.chengminglaw.example.cn/chat.js" async></script></head>
<body>
<div class="lf-top">⟦m 嬗溪澄明律师事务所⟧ ⟦m 全国免费法律咨询：400-6071-318⟧</div>
<div class="lf-nav">⟦m 律所简介　专业领域　律师团队　案例解析　联系我们⟧</div>
<div class="lf-crumb">⟦m 首页 ＞ 案例解析 ＞ 消费维权⟧</div>
<h1>{T}</h1>
<div class="lf-card">⟦m 解答律师：杭若水　执业证号 13411202********⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link">⟦m 本文地址：https://www.chengminglaw.example.cn/anli/20250702/188.html⟧<br>⟦d 转载请注明来源，文章仅供参考，不构成正式法律意见⟧</div>
<div class="lf-float">⟦w 律师在线，留言后30分钟内回电⟧</div>
<div class="lf-side"><h4>⟦l 消费维权热门解答⟧</h4><p>⟦l 干洗店洗坏衣服怎么索赔⟧</p><p>⟦l 网购商品“七天无理由”有哪些例外⟧</p></div>
<div class="lf-ft">⟦m 地址：嬗溪县澄明路108号金鼎大厦12楼⟧ ⟦m 皖ICP备21009462号⟧</div>
</body></html>
""",
        body="""
问：我在网上买了一瓶衣物除味喷雾，按说明喷在深蓝色羊毛大衣上，第二天发现喷过的地方褪成了灰白色。联系商家，商家说是面料问题，只肯退喷雾钱。我该怎么办？
答：首先要看产品说明。如果说明书没有提示“深色衣物、羊毛面料慎用”或“先在不显眼处试喷”，商家就未尽到警示义务，产品存在缺陷，您可以依照产品质量法和消费者权益保护法要求赔偿大衣的损失，而不仅仅是退还喷雾的价款。
⟦w 遇到类似纠纷？点此免费咨询⟧
其次要注意保存证据：喷雾瓶身和说明书、购物记录、褪色部位的照片，最好请干洗店或检测机构出具书面意见。
协商不成的，可以向平台投诉，也可以拨打12315或向法院起诉。
""",
    ),
    dict(
        slug="chengming-lawfirm-letter-foil-advertising",
        site="嬗溪澄明律师事务所 (invented law firm)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.chengminglaw.example.cn/wenshu/20250415/92.html",
        title="关于贵司锡纸产品宣传用语涉嫌违法的律师函",
        record_title="【律所文书样稿】关于贵司锡纸产品宣传用语涉嫌违法的律师函｜澄明律所",
        date="2025-04-15",
        notes="law firm text page; a 律师函 with its 成文日期 in Chinese numerals; the firm's 400 line and a consult prompt as "
        "chrome; a reprint notice; a lawyer's contact inside the letter",
        page="""
!m 嬗溪澄明律师事务所 · 文书范例
!t 【律所文书样稿】关于贵司锡纸产品宣传用语涉嫌违法的律师函
!m 栏目：文书范例　　浏览：563
{BODY}
!w 需要律师代发律师函？拨打400-6071-318，或在线提交需求
!d 范例已做匿名化处理，仅供学习参考，转载须经本所同意
!m 嬗溪澄明律师事务所　版权所有
""",
        body="""
彷城市佳禾日用品商行：
嬗溪县宏图包装材料经营部委托本所，就贵司销售的“超厚锡纸”产品宣传用语问题致函如下：
经查，贵司在网店商品页面使用“可直接放入微波炉”“纯锡制造”等宣传用语。经委托人送检，该产品实为铝箔，且不宜用于微波炉加热。上述宣传用语涉嫌虚假宣传，已对委托人同类产品的正常销售造成影响。
请贵司自收到本函之日起5日内删除相关宣传用语，并书面回复本所。逾期未处理的，本所将依法采取进一步措施。
联系人：杭若水律师　电话：0911-6750218
嬗溪澄明律师事务所
二〇二五年四月十五日
""",
    ),
    dict(
        slug="yinghu-community-notice-hammers-station",
        site="鹦湖社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yinghusq.example.org.cn/tzgg/2025/0610/77.html",
        title="关于社区康养驿站新添按摩锤等理疗器具的通知",
        record_title="【居委会通告栏】关于社区康养驿站新添按摩锤等理疗器具的通知-鹦湖社区",
        date="2025-06-09",
        notes="residents' site with a weather line and a grid member's box; the community's own 咨询电话 "
        "beside the property repair line and the grid member's mobile; 扫码登记 as content; a volunteer "
        "prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【居委会通告栏】关于社区康养驿站新添按摩锤等理疗器具的通知-鹦湖社区</title><script src="/js/weather-widget.js"></script></head>
<body>
<div class="sq-top">⟦m 鹦湖社区⟧ ⟦m 6月10日 晴转多云 24～31℃⟧</div>
<div class="sq-nav">⟦m 社区首页　通知公告　办事指南　邻里活动　党建引领⟧</div>
<div class="sq-crumb">⟦m 社区首页 - 通知公告⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　点击：156⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格 钱小禾 13907458816⟧</p></div>
<div class="sq-ft">⟦m 物业报修：0758-2287110（24小时）⟧<br>⟦m 鹦湖社区居委会 主办⟧</div>
</body></html>
""",
        body="""
各位居民：
社区康养驿站近日新添了按摩锤12把、颈部按摩仪4台、足底按摩器2台，供辖区60周岁以上老人免费借用。⟦a 想当驿站志愿者？点这里报名⟧
借用时请带上身份证，在驿站前台扫码登记，按摩锤每次可借7天。驿站开放时间为每周一至周六8:30—11:30、14:30—17:30。
温馨提示：患有骨质疏松、静脉曲张的老人，使用前请先咨询社区卫生服务站的医生。
社区咨询电话：0758-2287365
鹦湖社区居委会
2025年6月9日
""",
    ),
    dict(
        slug="qitang-community-notice-glasses-chains-elders",
        site="蜞塘社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qitangsq.example.org.cn/tz/2025-03-28.html",
        title="关于为辖区高龄老人免费加装眼镜链的通知",
        record_title="蜞塘社区·通知｜关于为辖区高龄老人免费加装眼镜链的通知",
        date="2025-03-27",
        notes="residents' text page; 扫码报名 and 关注 as content; the community's own phone beside a "
        "property duty line; a weather line; a share row glued after a 。",
        page="""
!m 蜞塘社区服务网　　今天：3月28日 小雨 12～17℃
!m 首页 → 社区通知
!t 蜞塘社区·通知｜关于为辖区高龄老人免费加装眼镜链的通知
!m 发布：蜞塘社区居委会　　浏览 97 次
{BODY}
!l 上一条：蜞塘社区三月份志愿服务积分公示
!m 物业24小时值班：0913-5139900
!m 蜞塘社区居民委员会　版权所有
""",
        date_also=["2025-03-28"],
        body="""
辖区各位居民：
为方便高龄老人取戴老花镜，社区联合县眼镜行业协会，于4月2日至4月4日在社区服务站开展免费加装眼镜链活动。
一、服务对象：辖区75周岁以上老人，行动不便的可由家属带眼镜代办。
二、报名方式：扫描服务站门口的二维码报名，或关注“蜞塘社区”公众号回复“眼镜链”。⟦l 转发给家里的老人⟧
三、每位老人可免费加装硅胶眼镜链一条，现场由眼镜店师傅调整镜腿松紧。
咨询电话：0913-5139312（社区服务站）
蜞塘社区居委会
2025年3月27日
""",
    ),
]
