"""holdout302, part E: enterprise intranets, company sites, trade associations, tender portals, law
firms and training schools. Invented text (places, people, firms, sites, URLs, numbers); see
../README.md and ../build.py for the markup. Each case written by hand."""

CASES = [
    dict(
        slug="intranet-hengyi-minutes-line-changeover-trouser-racks",
        site="恒衣协同办公平台 (invented OA of a trouser-rack maker)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengyi-home.com/doc/view.do?id=20250318-0071",
        title="关于折叠裤架生产线换型的专题会议纪要",
        record_title="【车间传阅·生产口】关于折叠裤架生产线换型的专题会议纪要｜恒衣OA",
        date="2025-03-18",
        notes="OA document view: 流转记录 with times, read count, a sign-as-read button and an export stamp "
        "(no date); the minutes' 时间/地点/主持/参会/记录 lines in the body, the 时间 line giving the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>恒衣协同办公平台 - 公文查看</title>
<script src="/oa/js/flow.js"></script></head><body>
<div class="oa-top">⟦m 恒衣协同办公平台⟧ <span>⟦m 欢迎您，质检部 石莉莉⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项（4）⟧ ⟦m 已办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧</div>
<div class="doc-bar"><button>⟦a 签收已阅⟧</button> <button>⟦a 导出为PDF存档⟧</button> <button>⟦a 转发他人⟧</button></div>
<div class="doc"><h2>{T}</h2>
<div class="doc-meta">⟦m 拟稿：总经理办公室　密级：内部　阅读 57 人次⟧</div>
<div class="doc-body">
{BODY}
</div></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 总经理办公室 伍晓岚　拟稿　03-18 17:40⟧</p>
<p>⟦l 副总经理 邝国栋　审核通过　03-19 08:55⟧</p>
<p>⟦l 生产部、技术部、质检部、采购部　分发　03-19 09:02⟧</p></div>
<div class="oa-foot">⟦m 本页由恒衣OA于 2025-03-21 10:16 导出　仅限内部使用⟧</div>
</body></html>
""",
        body="""
时间：2025年3月18日下午2:30
地点：公司二楼第一会议室
主持：副总经理　邝国栋
参会：生产部、技术部、质检部、采购部、二车间负责人
记录：伍晓岚
会议研究了二车间折叠裤架生产线由三层款换型为五层旋转款的有关事项。纪要如下：
一、换型时间定于4月1日至4月10日，换型期间三层款订单由一车间临时承接。
二、技术部3月25日前完成旋转底座模具调试，质检部同步制定五层款检验标准。
三、采购部负责落实浸塑钢管和旋转轴承的备货，确保4月8日前到厂。
四、换型后首批产品由质检部全检，合格率达到98%以上方可批量生产。
""",
    ),
    dict(
        slug="intranet-zhuyu-bulletin-5s-board-rack-workshop-pdf",
        site="竹语内网 (invented intranet of a bamboo kitchenware maker)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.zhuyu-kitchen.cn/tzgb/scgl/2025-0403.pdf.html",
        title="关于砧板架车间3月份5S检查情况的通报",
        record_title="关于砧板架车间3月份5S检查情况的通报.pdf",
        date="2025-04-03",
        notes="file-name title (.pdf) of an intranet attachment preview; a score table one row a paragraph; "
        "抄送 line; the IT desk's extension after the body",
        page="""
!m 竹语内网 · 信息门户
!m 当前位置：内网首页 > 通知通报 > 生产管理
!t 关于砧板架车间3月份5S检查情况的通报.pdf
!m 发布部门：生产管理部　发布人：伍海涛　阅读：137
!a 下载原文件　｜　打印　｜　标记为已读
{BODY}
!d 本文档由竹语内网在线预览生成，仅限公司内部传阅，请勿外发
!l 相关通报：2月份5S检查情况通报.pdf　｜　安全生产月度检查通报.pdf
!w 内网使用问题请拨信息部分机 8021
""",
        body="""
各部门、各车间：
4月1日，公司5S推行小组对砧板架车间开展了3月份5S检查，现将检查情况通报如下。
一、检查结果
班组　得分　主要问题
开料组　92　无
打磨组　81　粉尘收集袋未及时清理
组装组　86　半成品砧板架堆放越线
包装组　90　无
二、整改要求
打磨组、组装组要在4月10日前完成整改，整改情况拍照报5S推行小组复查。
三、奖惩
开料组获本月“5S流动红旗”，奖励班组500元。
淓阳竹语厨具有限公司5S推行小组
2025年4月3日
抄送：总经理办公室。
""",
    ),
    dict(
        slug="company-mianyun-news-ice-silk-summer-quilt",
        site="眠云家纺 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mianyunjf.com/news/company/20250508-77.html",
        title="眠云家纺新一代冰丝凉被正式下线",
        record_date="2025-05-08",
        date="2025-05-08",
        notes="company news: record title and date; cookie notice, service float, dotted date; the brand's "
        "name (also in the body) matched as head; the repeated title glued before the lead",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>眠云家纺新一代冰丝凉被正式下线 - 眠云家纺</title></head><body>
<header><a class="logo">⟦m 眠云家纺⟧</a><nav>⟦m 首页⟧ ⟦m 关于眠云⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 加盟合作⟧</nav></header>
<div class="banner">⟦m 一床清凉　一夜好眠⟧</div>
<div class="crumb">⟦m 首页 / 新闻资讯 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<div class="date">⟦m 2025.05.08　｜　浏览 426⟧</div>
{BODY}
</article>
<div class="pager">⟦l 上一篇：眠云家纺参加长三角家纺展⟧　⟦l 下一篇：公司开展夏季消防演练⟧</div>
<div class="kefu" style="position:fixed;right:10px">⟦w 在线客服　9:00-21:00⟧</div>
<div class="cookie">⟦a 本站使用Cookie改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m 沨水眠云家纺有限公司　地址：沨水县经济开发区纺织路6号⟧<br>⟦m 浙ICP备19066102号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 眠云家纺新一代冰丝凉被正式下线⟧5月7日，沨水眠云家纺有限公司新一代冰丝凉被在公司二号车间正式下线，首批8000条将于本月中旬上市。
新款凉被面料采用再生纤维素纤维与棉混纺，手感比上一代更柔软，吸湿速干性能提升约20%。填充层改为可拆卸的水洗棉芯，被套和被芯可以分开清洗。
公司技术部负责人介绍，研发团队用了近一年时间，先后调整了12版面料配比，还邀请200名消费者进行了试睡。
眠云家纺成立于2009年，现有员工320人，产品以凉被、空调被为主，年销售额2.6亿元。
""",
    ),
    dict(
        slug="company-nuanchao-recall-kids-fitted-sheets-batches",
        site="暖巢家纺 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.nuanchao.cn/service/notice/2025072101.html",
        title="关于召回部分批次儿童卡通床笠的公告",
        record_title="召回专栏｜关于召回部分批次儿童卡通床笠的公告 - 暖巢家纺",
        date="2025-07-21",
        notes="company recall: batches table one row a paragraph; the recall line in the body beside the "
        "site's 400 order line; 成文日期",
        page="""
!m 暖巢家纺 — 给家一个温暖的巢
!m 首页　产品中心　品牌故事　售后服务　联系我们
!t 召回专栏｜关于召回部分批次儿童卡通床笠的公告
!m 售后服务 / 公告　2025-07-21
{BODY}
!w 全国订购热线：400-618-5277
!l 上一则：暖巢家纺夏季新品上市
!m 沨水暖巢家纺有限公司　版权所有　浙ICP备18090231号
""",
        indent="\u3000\u3000",
        body="""
尊敬的顾客：
经公司自查发现，部分批次儿童卡通床笠的松紧带缝线不牢，长期使用后可能脱线，存在儿童拉扯缠绕的安全隐患。为保障儿童安全，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
儿童卡通床笠　120×200厘米　NC250311
儿童卡通床笠　150×200厘米　NC250318
儿童卡通床笠　150×200厘米　NC250402
请购买了上述批次产品的顾客立即停止使用，凭购物凭证或产品吊牌到原购买门店办理退货，或拨打召回专线0739-6890315，公司将安排上门取件并全额退款。
由此给您带来的不便，我们深表歉意。
沨水暖巢家纺有限公司
2025年7月21日
""",
    ),
    dict(
        slug="association-fangyang-kitchenware-pledge-rag-rack-labels",
        site="淓阳县厨卫用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.fyxcwxh.org.cn/xhdt/2025/0812/96.html",
        title="关于规范抹布架产品标识的自律倡议",
        record_title="〖守约同行〗关于规范抹布架产品标识的自律倡议 - 淓阳县厨卫用品行业协会",
        date="2025-08-08",
        date_also=["2025-08-12"],
        notes="association: member-login row, member hotline; the association's name (also the signature) "
        "matched as head; the secretariat's phone in the body; 成文日期 in Chinese numerals, a later posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖守约同行〗关于规范抹布架产品标识的自律倡议 - 淓阳县厨卫用品行业协会</title></head><body>
<div class="top"><span>⟦m 淓阳县厨卫用品行业协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 协会简介⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 政策法规⟧</div>
<div class="main"><h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-08-12　发布者：协会秘书处⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="side"><p>⟦w 会员服务专线：0736-5177000⟧</p><p>⟦l 协会动态：第二届会员大会筹备会召开⟧</p></div>
<div class="foot">⟦m 地址：淓阳县城关镇兴业路88号商会大厦5楼⟧<br>⟦m 湘ICP备16005217号-1⟧</div>
</body></html>
""",
        body="""
各会员单位：
近年来，我县抹布架产品销量逐年增长，但也出现了个别企业材质标注不实、夸大承重等问题，损害了行业声誉。为此，协会向全体会员单位倡议：
一、如实标注。产品标签如实标明材质、规格、承重和生产企业，不锈钢产品须标明钢号。
二、诚信宣传。不使用“永不生锈”“终身免维护”等绝对化用语。
三、加强自检。每批产品出厂前抽检承重和焊点，留存检验记录备查。
四、互相监督。发现违反本倡议的行为，可向协会秘书处反映，电话0736-5177026。
淓阳县厨卫用品行业协会
二〇二五年八月八日
""",
    ),
    dict(
        slug="association-huanshan-accessories-minutes-trouser-rack-standard",
        site="峘山市服装辅料行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.hsfzfl.org/xhdt/20250623/412.html",
        title="峘山市服装辅料行业协会第三届理事会第五次会议纪要",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="record title as is; council minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; "
        "posting date differs from the meeting date",
        page="""
!m 峘山市服装辅料行业协会
!m 首页 ｜ 协会概况 ｜ 会员服务 ｜ 行业标准 ｜ 协会动态
{T}
!m 发布：秘书处　2025-06-23　浏览 88
{BODY}
!a 会员登录后可下载会议附件
!w 会员服务热线 0730-8262018
!m 版权所有：峘山市服装辅料行业协会
""",
        body="""
时间：2025年6月20日上午9:00
地点：协会会议室
主持：会长　蒯志成
出席：理事21人（应到25人）
列席：监事会成员3人
记录：秘书处　章小蔓
会议审议了《折叠裤架》团体标准（送审稿），秘书处汇报了标准起草情况。
经表决，同意20票，反对0票，弃权1票，会议通过了该团体标准，同意报市标准化协会备案后发布。
会议还研究了下半年组织会员企业参加家居用品博览会的事项，由秘书处制定具体方案。
""",
    ),
    dict(
        slug="tender-huanshan-award-hospital-fitted-sheets-lots",
        site="峘山市政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="http://www.hszfcg.gov.cn/jggg/2025/05/26/HSCG-2025-0417.html",
        title="鄤城区中医医院病房床笠采购项目中标（成交）结果公告",
        record_title="【成交信息】鄤城区中医医院病房床笠采购项目中标（成交）结果公告-峘山市政府采购网",
        date="2025-05-26",
        notes="tender portal: CA and trading-system lines beside the purchaser's and agency's own contacts; a "
        "lots table one row a paragraph; 成文日期 under the agency's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【成交信息】鄤城区中医医院病房床笠采购项目中标（成交）结果公告-峘山市政府采购网</title></head><body>
<div class="hd">⟦m 峘山市政府采购网⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 采购公告⟧ ⟦m 结果公告⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧</div>
<div class="pos">⟦m 位置：首页 » 结果公告 » 区县结果⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-26 16:20　浏览：212⟧ ⟦a 【打印】⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="tips"><p>⟦w CA数字证书办理及驱动咨询：0730-8200155⟧</p><p>⟦w 电子交易系统技术支持：0730-8200166（工作日）⟧</p></div>
<div class="ft">⟦m 峘山市财政局主办　峘山市公共资源交易中心承办⟧</div>
</body></html>
""",
        body="""
一、项目编号：HSCG-2025-0417
二、项目名称：鄤城区中医医院病房床笠采购项目
三、中标（成交）信息
包号　中标供应商　中标金额（元）
1包（普通床笠1200条）　沨水暖巢家纺有限公司　57600.00
2包（防水床笠600条）　淓阳县锦眠纺织品有限公司　43800.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：鄤城区中医医院　联系人：俞主任　电话：0730-8305121
采购代理机构：峘山正禾招标代理有限公司　联系人：卜工　电话：0730-8219637
峘山正禾招标代理有限公司
2025年5月26日
""",
    ),
    dict(
        slug="tender-jianchuan-inquiry-school-canteen-board-racks",
        site="洊川县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://ggzy.jianchuan.gov.cn/zfcg/xjgg/20250312/1093.html",
        title="洊川县第二中学食堂砧板架采购询价公告",
        record_title="【比价】洊川县第二中学食堂砧板架采购询价公告 - 洊川县公共资源交易网",
        record_date="2025-03-12",
        date="2025-03-12",
        notes="record date; countdown line; an items table one row a paragraph; '请登录本网下载询价文件' as "
        "content; the purchaser's contact beside the platform's technical and CA lines",
        page="""
!m 洊川县公共资源交易网
!m 首页 > 交易信息 > 政府采购 > 询价公告
!t 【比价】洊川县第二中学食堂砧板架采购询价公告
!m 信息时间：2025-03-12　阅读次数：96
!m 距报价截止还有：6天 2小时 14分
{BODY}
!a 【我要报价】【收藏项目】
!w 平台技术支持热线：0735-6610800　CA证书办理：0735-6610823
!d 本网所发信息由采购人或代理机构提供，其真实性、合法性由发布主体负责。
""",
        indent="\u3000\u3000",
        body="""
洊川县第二中学就食堂砧板架采购项目进行询价采购，欢迎合格供应商参加。
一、采购内容
品名　数量　技术要求
不锈钢砧板架　20个　304不锈钢，三格，带接水盘
壁挂式刀具砧板组合架　6个　304不锈钢，承重不低于15千克
二、报价时间：2025年3月13日至3月18日17:00。
三、获取询价文件：供应商请登录本网下载询价文件，按要求密封报价。
四、联系方式：采购人洊川县第二中学，联系人：甘老师，电话：0735-6654018。
""",
    ),
    dict(
        slug="lawfirm-duheng-case-online-quilt-shrinks",
        site="岧溪笃衡律师事务所 (invented)",
        style="律所网站",
        genre="案例说法",
        kind="other",
        form="html",
        source="https://www.duhenglaw.cn/anli/xiaofei/0611.html",
        title="网购凉被洗一次就缩水，商家不给退怎么办？",
        record_title="以小见法丨网购凉被洗一次就缩水，商家不给退怎么办？｜笃衡律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, 本文链接 block and a reprint notice; a case note "
        "in 【案情】/【律师分析】/【律师建议】 parts; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>以小见法丨网购凉被洗一次就缩水，商家不给退怎么办？｜笃衡律所</title></head><body>
<div class="hd">⟦m 岧溪笃衡律师事务所⟧ <span>⟦m 专注民商事争议解决⟧</span> <span>⟦w 法律咨询：400-870-3316⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 以小见法⟧ ⟦m 联系我们⟧</div>
<div class="main"><h1>{T}</h1>
<div class="meta">⟦m 作者：晏立宁律师　阅读 1702⟧</div>
<div class="content">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.duhenglaw.cn/anli/xiaofei/0611.html⟧<br>⟦d 本文为笃衡律所原创，转载请注明作者及出处。⟧</div></div>
<div class="card"><p>⟦m 晏立宁　专职律师　执业证号 14308202011085371⟧</p><p>⟦m 擅长：消费维权、合同纠纷⟧</p><p>⟦w 预约面谈：0734-7288616⟧</p></div>
<div class="float">⟦w 免费咨询，点我和律师在线聊⟧</div>
<div class="ft">⟦m 岧溪笃衡律师事务所　地址：岧溪县人民路101号金融大厦12楼⟧</div>
</body></html>
""",
        body="""
【案情】市民刘女士在网上花了239元买了一条标注“纯棉可机洗”的凉被，按洗涤说明机洗一次后，凉被长宽各缩了十几厘米。刘女士要求退货，商家以“已使用、影响二次销售”为由拒绝。
【律师分析】根据消费者权益保护法，经营者提供的商品应当与其标明的质量状况相符。凉被标注“可机洗”，消费者按说明洗涤后严重缩水，说明商品质量与宣传不符，不属于消费者使用不当。消费者有权要求经营者退货、更换或者修理，商家不能以“已使用”为由拒绝。
【律师建议】遇到类似情况，消费者应保留商品页面截图、洗涤说明和缩水前后的照片，先与商家协商；协商不成的，可以向平台投诉，或者向市场监管部门投诉，必要时提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-mingfa-contract-template-trouser-racks-blanks",
        site="沨水明法律师事务所 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.mingfalaw.cn/hetong/goumai/27.html",
        title="裤架购销合同（范本）",
        record_title="合同模板库·裤架购销合同（范本）- 沨水明法律师事务所",
        date=None,
        notes="contract template with ×× placeholders, ＿＿ blanks, 第N条 articles and a ＿＿＿＿年＿＿月＿＿日 "
        "signing line; update stamp no date; the firm's review line after the body",
        page="""
!m 沨水明法律师事务所 · 合同模板库
!t 合同模板库·裤架购销合同（范本）
!m 整理：明法律所合同审查部　｜　更新于 2025-02-14　｜　下载 531 次
!d 本范本仅供参考，具体条款请根据实际交易情况修改，必要时请咨询专业律师。
{BODY}
!a 下载Word版范本　　复制全文
!w 合同审查咨询：0739-6827771（工作日）
!l 相关范本：服装加工合同（范本）｜门店租赁合同（范本）
""",
        body="""
甲方（买方）：××服饰有限公司
乙方（卖方）：××家居用品有限公司
第一条　产品名称、规格、数量：折叠多层裤架，五层，＿＿＿＿个；夹式裤架，双夹，＿＿＿＿个。
第二条　价款：合同总价款为人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第三条　质量要求：钢管表面浸塑均匀，无脱塑、无锈点；夹子开合顺畅，不得在面料上留下明显夹痕。
第四条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点。
第五条　验收：甲方收货后3日内验收，不合格产品由乙方负责调换。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价款的0.5%向甲方支付违约金。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="school-huijie-brochure-kitchen-tidy-course",
        site="惠姐家政职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.huijiejz.com/zhaosheng/2025-kitchen.html",
        title="惠姐家政“厨房整理收纳”短期班招生简章",
        record_title="【暑假开班】惠姐家政“厨房整理收纳”短期班招生简章（每期仅收30人）｜惠姐家政培训",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own "
        "报名电话; a course table one row a paragraph; a trial-lesson prompt on a line of its own between "
        "paragraphs; brochure without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【暑假开班】惠姐家政“厨房整理收纳”短期班招生简章（每期仅收30人）｜惠姐家政培训</title></head><body>
<div class="top">⟦m 惠姐家政职业培训学校⟧ <span>⟦m 人社部门备案　学家政找惠姐⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 课程设置⟧ ⟦m 师资力量⟧ ⟦m 学员就业⟧ ⟦m 加盟合作⟧</div>
<div class="promo">⟦a 暑期报名立减100元，老学员推荐再送收纳工具包⟧</div>
<div class="article"><h1>{T}</h1>
<div class="meta">⟦m 招生办　｜　阅读 936⟧</div>
{BODY}
</div>
<div class="float-zx">⟦w 在线报名咨询⟧ ⟦w 微信：huijie_zs⟧</div>
<div class="ft">⟦w 全国招商加盟热线：400-661-8702⟧<br>⟦m 惠姐家政职业培训学校　沨水县城关镇新华路32号⟧</div>
</body></html>
""",
        body="""
为满足家政从业人员和家庭主妇提升厨房整理技能的需求，我校开设“厨房整理收纳”短期班，欢迎报名。
一、课程安排
课次　内容　课时
第1课　厨房动线与分区　2
第2课　砧板、抹布分色管理与抹布架安装　3
第3课　橱柜与冰箱收纳　3
第4课　实操考核　2
⟦a 不确定适不适合？先来免费试听一节⟧
二、招生对象：年满18周岁、身体健康的家政从业人员及有兴趣的社会人员。
三、学费：每人680元，含教材和实操耗材费。结业考核合格的颁发结业证书。
四、报名地点：沨水县城关镇新华路32号惠姐家政职业培训学校二楼。报名电话：0739-6833305。
""",
    ),
    dict(
        slug="school-binyue-trainee-insight-fitted-sheets",
        site="宾悦培训 (invented hotel-staff training centre)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.binyuepx.com/xueyuan/20250605/73.html",
        title="参加客房服务员培训的几点体会",
        record_title="学员投稿｜参加客房服务员培训的几点体会 - 宾悦培训",
        date=None,
        notes="training school: a trainee's insight, a 'recommended a week ago' stamp (no date), a trial-lesson "
        "link and an enrolment line after the body",
        page="""
!m 宾悦培训 · 峘山宾悦酒店管理培训中心
!m 首页 > 学员园地
!t 学员投稿｜参加客房服务员培训的几点体会
!m 作者：第36期学员 芮小青　｜　推荐于 1 周前
{BODY}
!a 想学客房服务？点这里预约免费试听
!w 招生咨询：0730-8271126（微信同号）
!l 更多学员心得：前厅接待班结业感言｜从洗碗工到领班
!m 峘山宾悦酒店管理培训中心 版权所有
""",
        indent="\u3000\u3000",
        body="""
这次参加中心组织的客房服务员培训，一共十天，我最大的收获是学会了“规范铺床”。
刚开始练习套床笠的时候，我总是先套一个角，再去拽对角，结果床笠歪歪扭扭，一张床要铺五六分钟。老师告诉我们，要先把床笠四个角对准床垫四个角，先套床头两角，再套床尾两角，最后把四边的松紧带塞到床垫底下。照着这个方法练了三天，我铺一张床只要两分钟。
除了铺床，老师还讲了布草的分类、送洗和报损。原来一条床笠从进酒店到报废，中间有这么多讲究。
培训结束了，我会把学到的本领用到工作中，争取早日成为一名合格的客房服务员。
""",
    ),
]
