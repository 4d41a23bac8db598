"""holdout326, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites. Invented text."""

CASES = [
    dict(
        slug="download-lvyin-rules-boot-shapers-display",
        site="绿荫文档下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyindoc.com/soft/guanli/20241207/31855.html",
        title="鞋店靴类商品陈列与靴筒撑使用规程",
        record_title="鞋店靴类商品陈列与靴筒撑使用规程（门店管理制度）｜免费取用 - 绿荫文档下载站",
        date=None,
        notes="download station: file-info table (size, format, update time, downloads, licence, rating), three download "
        "links, an unzip password and a dead-link report; rules in 第N条 articles, no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>鞋店靴类商品陈列与靴筒撑使用规程（门店管理制度）｜免费取用 - 绿荫文档下载站</title>
<script src="/js/down.js"></script></head><body>
<table width="960" align="center"><tr><td>⟦m 绿荫文档下载站⟧ ⟦m 绿荫下好乘凉 好文档免费下⟧</td><td align="right">⟦a 设为首页⟧　⟦a 收藏本站⟧</td></tr></table>
<table width="960" align="center" class="menu"><tr><td>⟦m 首页⟧</td><td>⟦m 管理制度⟧</td><td>⟦m 合同范本⟧</td><td>⟦m 表格模板⟧</td><td>⟦m 行业资料⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 管理制度 → 门店管理 → 资料详情⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件大小：36.5 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2024-12-07⟧</td><td>⟦m 下载次数：1,204⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
<tr><td colspan="2">⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="intro"><b>⟦m 【资料简介】⟧</b>
{BODY}
</td></tr></table>
<table width="960" align="center" class="down"><tr><td>⟦a 下载地址一：电信高速下载⟧</td><td>⟦a 下载地址二：联通高速下载⟧</td><td>⟦a 下载地址三：本地下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.lvyindoc.com⟧　⟦a 链接失效？点此报告死链⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦l 相关资料：服装门店陈列管理规定 | 鞋店库存管理制度 | 导购员服务规范⟧</td></tr></table>
<table width="960" align="center" class="foot"><tr><td align="center">⟦d 本站资料均收集自网络，版权归原作者所有，仅供学习研究，下载后请于24小时内删除。⟧<br>⟦m 绿荫文档下载站 www.lvyindoc.com 豫ICP备15033218号⟧</td></tr></table>
<script language="javascript">function report(){window.open("/report.asp?id=31855");}</script>
</body></html>
""",
        body="""
第一条　为规范靴类商品陈列，防止靴筒变形、褶皱，延长商品展示寿命，制定本规程。
第二条　长筒靴、中筒靴上架陈列时，须在靴筒内放置靴筒撑，靴筒撑高度以低于靴口2厘米为宜。
第三条　靴筒撑应保持清洁干燥，发现断裂、弹片外露的，立即停用并报店长更换。
第四条　顾客试穿后，导购员须在10分钟内将靴筒撑放回靴内，并整理好鞋带、拉链。
第五条　换季收储时，靴类商品须擦拭干净后放入靴筒撑，连同防尘袋一并装箱，不得折叠挤压。
第六条　本规程由门店运营部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="download-bgzyz-plan-cable-boxes-decimal-wps",
        site="办公资源站 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.bgzyz.net/fangan/qiye/12930.html",
        title="营业厅充电线收纳盒配置方案",
        record_title="营业厅充电线收纳盒配置方案（2025版）.wps",
        date="2025-03-03",
        notes="file-name record title with a year tag (no date); decimal headings 1 / 1.1 / 2.1 / 3.2; 成文日期 under the "
        "company's name; an update stamp is no date",
        page="""
!m 办公资源站 — 免费办公文档下载
!m 首页 > 方案计划 > 企业方案
!t 营业厅充电线收纳盒配置方案（2025版）.wps
!m 大小：22 KB　　类型：WPS文字　　更新：2025-03-05　　下载：318次
!a 【普通下载】　【高速下载（需登录）】　【报告错误】
!m 文档内容预览：
{BODY}
!a 预览到此结束，完整格式请下载后查看
!l 同类下载：门店安全用电管理方案.wps ｜ 营业厅6S管理标准.doc ｜ 客户休息区服务规范.docx
!d 声明：资料由网友提供，本站仅作整理，如有侵权请联系删除
!m 办公资源站 bgzyz.net　QQ交流群：603317728
""",
        body="""
1 总则
1.1 为改善营业厅客户休息区充电环境，消除线缆外露隐患，制定本方案。
1.2 本方案适用于公司所属各营业厅。
2 配置标准
2.1 每个营业厅客户休息区配置充电线收纳盒不少于4个，盒内预置三合一充电线。
2.2 收纳盒须具备过载断电功能和阻燃外壳，放置于座椅扶手旁或茶几上。
3 管理要求
3.1 营业员每日开门前检查充电线是否完好，发现破损立即更换。
3.2 客户遗留的充电器、充电线登记后交值班经理保管。
洴川县融通通信服务有限公司
2025年3月3日
""",
    ),
    dict(
        slug="exam-yizhou-notice-room-attendant-keycard-test",
        site="峓州市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yzrsks.cn/jnjd/jdgg/202504/t20250403_7712.html",
        title="关于2025年上半年客房服务员职业技能等级认定的通知",
        record_title="【等级认定公告】关于2025年上半年客房服务员职业技能等级认定的通知（含实操要点）｜峓州市人事考试网",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="personnel-exam site: maintenance banner, entry floats; the notice's own 考务咨询电话 beside the site's "
        "technical line; downloading and printing 准考证 as content; page date differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【等级认定公告】关于2025年上半年客房服务员职业技能等级认定的通知（含实操要点）｜峓州市人事考试网</title></head><body>
<div class="notice-bar">⟦m 系统维护公告：本周六 0:00—6:00 报名系统暂停服务⟧</div>
<div class="head">⟦m 峓州市人事考试网⟧ ⟦m 峓州市人力资源和社会保障局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 技能鉴定⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书查询⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 > 技能鉴定 > 鉴定公告⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布日期：2025-04-03　信息来源：市职业技能鉴定中心　阅读：4026⟧</div>
<div class="text">
{BODY}
</div>
<div class="float-entry">⟦a 准考证打印入口⟧ ⟦a 网上报名入口⟧</div>
<div class="rel">⟦l 相关公告：2025年上半年中式烹调师等级认定公告 ｜ 职业技能等级证书领取须知⟧</div>
<div class="foot">⟦m 技术支持电话：0832-6100087（仅限系统操作问题）⟧<br>⟦m 峓州市人力资源和社会保障局　蜀ICP备08016620号⟧</div>
<script src="/js/float-entry.js"></script>
</body></html>
""",
        body="""
各有关单位、各位考生：
2025年上半年客房服务员（四级、五级）职业技能等级认定定于5月17日举行。现将有关事项通知如下：
一、认定内容。理论知识考试采用闭卷笔试；操作技能考核包括做床、客房清扫和客房设施检查，其中设施检查须完成插卡取电开关、空调、电视等设备的通电测试。
二、准考证。考生于5月12日至16日登录峓州市人事考试网下载并打印准考证。
三、考试地点。峓州旅游职业学校实训楼。
考务咨询电话：0832-6178305。
峓州市职业技能鉴定中心
2025年4月2日
""",
    ),
    dict(
        slug="exam-kongyang-tips-no-neck-pillows-in-room",
        site="涳阳人事考试网 (invented)",
        style="人事考试网",
        genre="温馨提示",
        kind="notice",
        form="text",
        source="http://www.kyrsks.cn/ksfw/wxts/20250526/2231.html",
        title="关于笔试考场禁止携带颈枕等个人物品的温馨提示",
        record_title="考生必读｜关于笔试考场禁止携带颈枕等个人物品的温馨提示 - 涳阳人事考试网",
        date="2025-05-26",
        notes="exam site text page: 发布时间 byline equal to the 成文日期; the site's technical line after the body; "
        "a medical-certificate clause with its own deadline",
        page="""
!m 涳阳人事考试网
!m 首页　考试公告　报名入口　考生服务　政策法规
!m 首页 › 考生服务 › 温馨提示
{T}
!m 来源：涳阳县人事考试中心　　发布时间：2025-05-26 15:30　　浏览：2290
{BODY}
!a 〖打印本页〗〖关闭窗口〗
!l 上一篇：2025年涳阳县事业单位公开招聘笔试考点安排
!l 下一篇：关于笔试准考证打印时间的说明
!m 考试系统技术咨询：0836-5100177（工作日）
!m 涳阳县人事考试中心　版权所有
""",
        indent="\u3000\u3000",
        body="""
各位考生：
2025年涳阳县事业单位公开招聘笔试将于6月7日举行。近期有考生咨询能否携带颈枕、坐垫等物品进入考场，现将有关事项提示如下：
一、考生只能携带准考证、身份证、黑色签字笔、2B铅笔和橡皮进入考场。
二、颈枕、靠垫、坐垫、保温杯等个人物品一律存放在考点指定的物品存放处。确因颈椎疾病需要佩戴医用颈托的，须于6月3日前向县人事考试中心提出申请，并提供二级以上医院诊断证明。
三、考场桌椅均经过检查调试，考生入场后如发现桌椅不稳，可向监考员提出调换。
预祝各位考生取得理想成绩！
涳阳县人事考试中心
2025年5月26日
""",
    ),
    dict(
        slug="tender-pingchuan-inquiry-cable-boxes-table",
        site="洴川县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.pingchuan.gov.cn/jyxx/zfcg/xjgg/20250314/88120.html",
        title="洴川县政务服务中心办事大厅充电设施采购询价公告",
        record_title="询价采购 ▶ 洴川县政务服务中心办事大厅充电设施采购询价公告 - 洴川县公共资源交易网",
        date="2025-03-14",
        notes="tender portal: supplier login, CA link, countdown, attachment download link; an items table one row a "
        "paragraph; purchaser and agency contacts in the body beside the CA hotline and trading-system line after it",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>询价采购 ▶ 洴川县政务服务中心办事大厅充电设施采购询价公告 - 洴川县公共资源交易网</title></head><body>
<div class="top">⟦m 洴川县公共资源交易网⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="pos">⟦m 首页 > 交易信息 > 政府采购 > 询价公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 信息时间：2025-03-14　浏览：288⟧</div>
<div class="countdown">⟦m 距报价截止还剩：06天 23时 12分⟧</div>
<div class="text">
{BODY}
</div>
<div class="fj">⟦a 附：询价文件.pdf（点击下载）⟧</div>
<div class="foot">⟦m CA证书服务热线：400-880-3317⟧<br>⟦m 交易系统运维电话：0831-4406600⟧<br>⟦m 洴川县公共资源交易中心　蜀ICP备17030119号⟧</div>
<script>var endTime=new Date("2025/03/21 17:00:00");setInterval(countdown,60000);</script>
</body></html>
""",
        body="""
项目名称：洴川县政务服务中心办事大厅充电设施采购
一、采购内容
序号　品名　规格要求　数量
1　充电线收纳盒　阻燃外壳，内置6位插座　30个
2　三合一充电线　长度1米　90根
3　壁挂式收纳架　不锈钢　10个
二、报价要求。供应商于2025年3月21日17时前将报价单密封送达采购人处，逾期不予受理。
三、联系方式
采购人：洴川县政务服务管理局，联系人：严文斌，电话：0831-4405512。
代理机构：洴川县诚远招标代理有限公司，联系人：晏蕾，电话：0831-4429063。
2025年3月14日
""",
    ),
    dict(
        slug="tender-yizhou-result-boot-shapers-lots",
        site="峓州市政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://www.yzzfcg.gov.cn/jggg/cjgg/20240830/5120.html",
        title="峓州市消防救援支队被装仓储用靴筒撑采购项目成交结果公告",
        record_title="【成交公示·被装类】峓州市消防救援支队被装仓储用靴筒撑采购项目成交结果公告_峓州市政府采购网",
        record_date="2024-08-30",
        date="2024-08-30",
        notes="date given by the record; a lots table one row a paragraph; the purchaser's contact in the body and the "
        "procurement supervision line after it",
        page="""
!m 峓州市政府采购网
!m 首页 | 采购公告 | 结果公告 | 合同公示 | 政策法规 | 投诉处理
!m 当前位置：首页 >> 结果公告 >> 成交公告
{T}
!m 发布日期：2024-08-30　　采购方式：竞争性磋商　　区域：市本级
{BODY}
!a 【我要打印】【关闭】
!l 相关公告：峓州市消防救援支队被装仓储用靴筒撑采购项目竞争性磋商公告
!m 政府采购监督电话：0832-6110230
!m 主办：峓州市财政局　技术支持：峓州市政府采购中心
""",
        body="""
一、项目编号：YZCG-2024-0817
二、项目名称：峓州市消防救援支队被装仓储用靴筒撑采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1包　峓州市鑫步鞋材有限公司　46800
2包　洴川县恒顺日用品厂　21350
四、主要标的：1包为作训靴用塑料靴筒撑3900副，2包为防寒靴用泡棉靴筒撑1700副。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人峓州市消防救援支队，联系人：闵浩，电话：0832-6120548。
2024年8月30日
""",
    ),
    dict(
        slug="lawfirm-hengxin-case-keycard-fire",
        site="畤原衡信律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengxin-law.cn/yasf/fwzl/2025/0211/160.html",
        title="租客用“万能卡”插卡取电引发火灾，谁来担责？",
        record_title="租赁案例｜租客用“万能卡”插卡取电引发火灾，谁来担责？—畤原衡信律师事务所",
        date=None,
        notes="law firm: a 400 consult line in the header, a lawyer card and consult float, a repost/disclaimer notice; "
        "a case note in 【案情】【审理】【律师提示】 parts with a year inside a sentence (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>租赁案例｜租客用“万能卡”插卡取电引发火灾，谁来担责？—畤原衡信律师事务所</title></head><body>
<div class="top">⟦m 畤原衡信律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧ <span>⟦w 法律咨询热线：400-660-7319⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 业务领域⟧</li><li>⟦m 以案说法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="crumb">⟦m 首页 / 以案说法 / 房屋租赁⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：衡信律所 简思远律师　阅读：1,093⟧</div>
<div class="content">
{BODY}
</div>
<div class="lawyer-card">⟦w 简思远 律师｜擅长房屋租赁、侵权纠纷｜手机 139 0835 6274⟧</div>
<div class="float-consult">⟦w 免费咨询⟧ ⟦w 留言预约律师⟧</div>
<div class="declare">⟦d 本文为衡信律所原创，转载须注明出处；文中案例已隐去当事人信息，仅供参考，不构成法律意见。⟧</div>
<div class="foot">⟦m 地址：畤原县城南大道128号金融大厦9楼⟧ ⟦m 蜀ICP备20016334号⟧</div>
<script src="/js/consult-float.js"></script>
</body></html>
""",
        body="""
【案情】2023年冬，租客小孙在出租屋内用一张会员卡长期插在取电槽里，出门时电暖器仍在运行，引发火灾，烧毁了房东的家具家电。房东起诉要求小孙赔偿损失3.2万元。
【审理】法院审理认为，插卡取电装置的作用是人离断电，小孙以卡片代替房卡长期通电，外出时未关闭大功率电器，对火灾发生存在过错，应承担主要责任。房东出租房屋时未告知取电装置的使用要求，也未检查电暖器线路，承担次要责任。最终判决小孙赔偿损失的70%。
【律师提示】租客不要用其他卡片代替房卡长期取电，外出前务必关闭大功率电器；房东出租前应检查电器线路，并书面提示安全用电事项。
""",
    ),
    dict(
        slug="lawfirm-dinghe-contract-template-boot-shapers",
        site="峓州鼎合律师事务所 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.dinghe-law.com/htfb/jgcl/77.html",
        title="靴筒撑委托加工合同（范本）",
        record_title="【律师拟定范本】靴筒撑委托加工合同（范本）（鼎合律师校订版） - 峓州鼎合律师事务所",
        date=None,
        notes="contract template: ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; a contract-review "
        "prompt above the body; 'updated 2 weeks ago' is no date",
        page="""
!m 峓州鼎合律师事务所
!m 首页 ｜ 律师团队 ｜ 合同范本 ｜ 企业法律顾问 ｜ 联系我们
!m 合同范本 › 加工承揽
{T}
!m 整理：鼎合律所公司法务部　　下载次数：207　　更新于 2 周前
!w 合同审查、修改请致电 0832-6233088 或添加微信 dinghe_law
{BODY}
!a 下载Word版（免费）　｜　打印
!d 本范本仅供参考，具体条款请结合实际交易情况由专业律师审核修改。
!l 相关范本：鞋材采购合同 ｜ 委托加工保密协议 ｜ 产品质量保证书
!m 峓州鼎合律师事务所　执业许可证号：35132202010442018
""",
        body="""
甲方（委托方）：××鞋业有限公司
乙方（加工方）：××鞋材加工厂
第一条　加工产品：靴筒撑，型号＿＿＿＿，数量＿＿＿＿副，单价＿＿＿＿元。
第二条　质量标准：乙方按甲方提供的样品和技术要求生产，撑片无毛刺、无断裂，弹力回复率不低于90%。
第三条　交货：乙方于＿＿年＿＿月＿＿日前将产品送至甲方仓库，运费由乙方承担。
第四条　验收：甲方收货后5日内按5%比例抽检，不合格率超过2%的，甲方有权整批退货。
第五条　争议解决：双方协商不成的，向甲方所在地人民法院起诉。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="community-wawa-reminder-sock-racks-windows",
        site="溛水社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wwsq.fhq-yz.cn/sqgg/2024/1009/204.html",
        title="关于禁止在窗外和楼道悬挂晾袜架的温馨提示",
        record_title="【邻里提示】关于禁止在窗外和楼道悬挂晾袜架的温馨提示｜汸河区溛水社区",
        date="2024-10-09",
        notes="residents' site: weather line, grid member box with a mobile, property repair and night lines after the "
        "body; the community's own 咨询电话 in the body; 发布 byline equal to the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【邻里提示】关于禁止在窗外和楼道悬挂晾袜架的温馨提示｜汸河区溛水社区</title></head><body>
<div class="top">⟦m 溛水社区居民之家⟧ ⟦m 峓州市汸河区溛水街道⟧ <span>⟦m 今天 晴转多云 西北风4级⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 党建园地⟧</li><li>⟦m 志愿服务⟧</li></ul>
<div class="pos">⟦m 您在这里：首页 › 社区公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：社区居委会　2024-10-09　阅读 388⟧</div>
<div class="body">
{BODY}
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　宁小燕　138 8320 5716⟧</p></div>
<div class="service">⟦m 物业报修：0832-6337000　夜间值班：0832-6337001⟧</div>
<div class="foot">⟦m 溛水社区居民委员会　地址：汸河区溛水路42号⟧</div>
<script src="/js/weather.js"></script>
</body></html>
""",
        body="""
各位居民：
入秋以来风力较大，近期辖区已发生两起晾袜架从窗外坠落的情况，所幸未造成人员受伤。为保障大家出行安全，社区提醒：
一、请勿将晾袜架、衣架挂在窗外或阳台护栏外侧，已挂在外面的请尽快收回。
二、楼道是消防通道，请勿在楼梯扶手、消防管道上悬挂晾袜架晾晒衣物。
三、家中晾袜架挂钩松动的，可到社区服务站免费领取防脱卡扣。
社区网格员将在本周内逐楼巡查。如有疑问，请拨打社区咨询电话：0832-6337195。
溛水社区居民委员会
2024年10月9日
""",
    ),
    dict(
        slug="community-zuofeng-summary-neck-pillows-elderly",
        site="岝峰社区网 (invented residents' site)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zfsq.ky-tanshui.cn/zyfw/2024/1128/57.html",
        title="岝峰社区“颈心守护”志愿服务活动总结",
        date="2024-11-28",
        notes="title given by the record as is; a visits table one row a paragraph; the community's service phone after "
        "the body; 成文日期 under the signature",
        page="""
!m 岝峰社区网 · 幸福岝峰 邻里一家
!m 首页 > 社区动态 > 志愿服务
{T}
!m 来源：岝峰社区新时代文明实践站　　日期：2024-11-28　　浏览：173
{BODY}
!a 点赞　　转发到邻里群　　打印
!l 往期活动：重阳节“银龄茶话会” ｜ 社区义剪进楼栋
!m 社区服务电话：0836-5231006　　地址：涳阳县湠水镇岝峰路9号
""",
        body="""
为关爱辖区独居老人，10月以来，社区新时代文明实践站组织志愿者开展“颈心守护”活动，为长期卧床、颈椎不好的独居老人送去颈枕，并上门讲解使用方法。
活动情况如下：
网格　走访老人（人）　发放颈枕（只）
一网格　18　18
二网格　23　21
三网格　15　15
活动中，志愿者发现有两位老人颈椎病较重，已联系社区卫生服务站医生上门诊疗。下一步，社区将把颈枕使用情况纳入日常走访内容，定期回访。
岝峰社区居民委员会
2024年11月28日
""",
    ),
]
