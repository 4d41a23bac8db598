"""Held-back part 4, sources C: bank and state-enterprise sites, training schools.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="bank-chengchuan-branch-emergency-plan-pdf",
        site="澄川农村商业银行 (invented)",
        style="企业官网",
        genre="应急预案",
        kind="other",
        form="text",
        source="https://www.ccrcb.com.cn/gywm/xxpl/zdgk/202503/P020250314.pdf",
        title="澄川农村商业银行营业网点突发事件应急预案",
        record_title="营业网点突发事件应急预案.pdf",
        date="2025-03-12",
        date_also=["2025-03-14"],
        notes="bank site, a PDF's text: hard-wrapped at 70 columns and cut by '— n —' page markers; numbered steps 1. 2. 3. 4. stay; e-banking login row and a risk warning",
        page="""
!m 澄川农商银行　您身边的银行
!a 个人网银登录　企业网银登录　手机银行下载
!m 首页 > 关于我们 > 信息披露 > 制度公开
{T}
!m 发布日期：2025-03-14　来源：办公室
{BODY}
!d 风险提示：理财非存款，产品有风险，投资须谨慎。
!m 全国统一客服热线：400-60-96318　地址：澄川县潇湘大道8号
!d 版权所有 澄川农村商业银行股份有限公司　湘ICP备10201466号
""",
        wrap=70,
        indent="\u3000\u3000",
        pages=dict(fmt="— {n} —", every=260, start=2),
        body="""
一、总则
（一）编制目的。为有效预防和妥善处置营业网点发生的各类突发事件，最大限度减少人员伤亡和财产损失，保障客户和员工生命财产安全，维护正常经营秩序，制定本预案。
（二）适用范围。本预案适用于本行辖内各营业网点发生的抢劫、盗窃、火灾、挤兑、群体性聚集、系统故障及自然灾害等突发事件的应急处置。
二、组织机构及职责
总行成立突发事件应急处置领导小组，由董事长任组长，行长任常务副组长，分管副行长任副组长，成员由办公室、安全保卫部、运营管理部、科技信息部等部门负责人组成。领导小组办公室设在安全保卫部，负责日常协调和信息报送工作。
各营业网点成立应急处置小组，网点负责人为第一责任人，负责本网点突发事件的先期处置和信息报告。
三、应急处置程序
发生突发事件后，网点应立即启动应急处置程序：
1.迅速报警，并在10分钟内向支行和总行安全保卫部报告；
2.组织疏散客户和员工，优先保护人员安全，不得盲目抵抗或追击；
3.保护现场，配合公安机关调取监控录像、询问当事人；
4.及时安抚客户情绪，做好解释工作，防止事态扩大。
四、信息报告
突发事件的报告应做到及时、准确、完整，严禁迟报、谎报、瞒报和漏报。较大及以上突发事件，总行应在1小时内向监管部门和当地人民政府报告。
五、应急保障
各网点应配齐灭火器、应急照明、防护器械等应急物资，每半年至少组织一次应急演练，确保员工熟练掌握应急处置技能。
六、附则
本预案由总行安全保卫部负责解释，自发布之日起施行。原《营业网点突发事件应急预案（2019年版）》同时废止。
澄川农村商业银行股份有限公司
2025年3月12日
""",
    ),
    dict(
        slug="soe-qifeng-transport-safety-meeting-html",
        site="栖凤交通投资集团有限公司 (invented)",
        style="企业官网",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://www.qfjtjt.com/xwzx/jtyw/202502/t20250220_2291.html",
        title="栖凤交投集团召开2025年安全生产工作会议",
        record_title="栖凤交投集团召开2025年安全生产工作会议 - 新闻中心 - 栖凤交通投资集团有限公司",
        record_date="2025-02-20",
        date="2025-02-20",
        notes="state-enterprise news: quoted speech in the body, editor line after it, a 集团要闻 box whose first title differs from this one by two words",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>栖凤交投集团召开2025年安全生产工作会议 - 新闻中心 - 栖凤交通投资集团有限公司</title></head><body>
<div class="head"><div class="logo">⟦m 栖凤交通投资集团有限公司⟧</div>
<ul><li>⟦m 集团概况⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 党建工作⟧</li><li>⟦m 业务板块⟧</li><li>⟦m 人才招聘⟧</li><li>⟦m 信息公开⟧</li></ul></div>
<div class="bread">⟦m 新闻中心 &gt; 集团要闻⟧</div>
<div class="news"><h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-02-20　文/图：党群工作部　卢晓⟧</div>
<div class="txt">
{BODY}
</div>
<p class="editor">⟦m （责任编辑：聂晶）⟧</p>
<div class="tool">⟦a 【字体：大 中 小】【打印】【关闭窗口】⟧</div></div>
<div class="right"><h4>⟦l 集团要闻⟧</h4><ul>
<li>⟦l 栖凤交投集团召开2025年党风廉政建设工作会议⟧</li>
<li>⟦l 集团2024年度经营业绩再创新高⟧</li>
<li>⟦l 栖岑高速公路改扩建工程全线复工⟧</li></ul></div>
<div class="foot">⟦m 地址：栖凤市金融中心A座　邮编：421000⟧<br>⟦m 湘ICP备17003311号⟧<br>⟦d 版权所有：栖凤交通投资集团有限公司⟧</div>
</body></html>
""",
        body="""
2月19日，栖凤交投集团召开2025年安全生产工作会议，总结2024年安全生产工作，分析当前形势，部署2025年重点任务。集团党委书记、董事长谢振邦出席会议并讲话，集团总经理孔维民主持会议。
会议通报了2024年度安全生产目标考核结果，对6家先进单位和20名先进个人进行了表彰，集团与各子公司签订了2025年安全生产目标责任书。
谢振邦指出，2024年集团上下认真落实安全生产责任制，全年未发生一般及以上生产安全责任事故，安全生产形势总体平稳。但也要清醒看到，集团在建项目点多线长，高速公路运营、隧道施工等领域风险交织叠加，安全生产工作丝毫不能放松。
就做好2025年安全生产工作，谢振邦强调：“安全是发展的底线，更是不可逾越的红线。”各单位要牢固树立安全发展理念，聚焦桥隧施工、危化品运输、有限空间作业等重点领域，扎实推进隐患排查整治；要压紧压实全员安全生产责任，确保责任横向到边、纵向到底；要加强应急队伍建设和应急演练，全面提升突发事件处置能力。
集团领导班子成员，各部门、各子公司主要负责人及安全管理人员共120余人参加会议。
""",
    ),
    dict(
        slug="soe-luzhou-port-efficiency-plan-attachment",
        site="鹭洲港务集团有限公司 (invented)",
        style="企业官网",
        genre="实施方案",
        kind="other",
        form="text",
        source="https://www.lzport.com.cn/xxgk/tzgg/202503/W020250303_fj1.pdf",
        title="鹭洲港务集团2025年提质增效专项行动实施方案",
        title_also=["2025年提质增效专项行动实施方案"],
        record_title="附件1：2025年提质增效专项行动实施方案.pdf",
        date="2025-02-28",
        notes="an attachment PDF on an enterprise site: record title is '附件1：….pdf', text wrapped at 64 columns, '- n / 4 -' markers glued or on their own line; the only date is the 印发 line",
        page="""
!m 鹭洲港务集团有限公司　信息公开
!m 附件1：2025年提质增效专项行动实施方案.pdf（共4页）
{T}
{BODY}
鹭洲港务集团有限公司办公室　　2025年2月28日印发
!a 返回上一页　　保存附件
""",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="- {n} / 4 -", every=170, start=2, glue="mix"),
        body="""
为深入落实集团“十四五”发展规划，持续提升经营质量和效益，集团决定在全系统开展2025年提质增效专项行动。现制定如下实施方案。
一、总体目标
以“增收入、降成本、提效率、防风险”为主线，力争全年实现营业收入48.6亿元，同比增长6%以上；利润总额3.2亿元，同比增长8%以上；成本费用占营业收入比重较上年下降1个百分点；应收账款周转天数压降5天以上。
二、重点任务
（一）开源增收。深耕腹地货源市场，巩固集装箱、散杂货传统业务，积极拓展冷链、汽车滚装等新兴业务，力争集装箱吞吐量突破120万标箱。
（二）降本节支。严控非生产性支出，管理费用压降5%以上；推进港口装卸设备“油改电”，全年节约能源成本1500万元以上。
（三）提质增效。推广智慧港口管理系统，优化船舶靠离泊作业流程，船舶平均在港时间缩短8%。
（四）防控风险。加强应收账款和合同管理，建立重大投资项目后评价制度，坚决守住不发生重大经营风险的底线。
三、保障措施
集团成立提质增效专项行动领导小组，由总经理任组长，各分管领导任副组长。各单位要制定具体实施计划，明确责任人和完成时限，每月5日前报送上月工作进展。集团将专项行动完成情况纳入年度经营业绩考核，对成效突出的单位予以奖励。
""",
    ),
    dict(
        slug="bank-luzhou-fee-adjustment-announcement-table",
        site="鹭洲银行 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.luzhoubank.com/gywm/ggtz/20250801/4410.html",
        title="鹭洲银行关于调整部分个人账户服务收费项目的公告",
        record_title="鹭洲银行关于调整部分个人账户服务收费项目的公告_公告通知_鹭洲银行",
        record_date="2025-08-01",
        date="2025-08-01",
        notes="bank announcement with a fee table in the body; the body says 客服热线 and the footer gives the hotline numbers (chrome); an anti-fraud warning after; blank lines between paragraphs",
        page="""
!m 鹭洲银行 LUZHOU BANK
!a 个人网银 | 企业网银 | 手机银行 | 信用卡
!m 首页 > 关于我们 > 公告通知
{T}
!m 2025-08-01　来源：本行
{BODY}
!a 【打印】　【返回】
!d 重要提示：本行从未授权任何机构或个人以本行名义发送短信要求客户点击链接，谨防电信诈骗。
!m 客服热线：400-070-5588　信用卡中心：400-070-5599
!m 鹭洲银行股份有限公司版权所有　闽ICP备08032716号
""",
        gap=True,
        body="""
尊敬的客户：
为进一步减费让利、提升服务质效，根据《商业银行服务价格管理办法》有关规定，我行决定自2025年9月1日起调整部分个人账户服务收费项目。具体调整内容如下：
序号　收费项目　原收费标准　调整后标准
1　个人账户小额账户管理费　每户每季度3元　免收
2　个人借记卡年费　每卡每年10元　免收
3　手机银行跨行转账手续费　每笔0.5元　免收
4　柜面补打历史明细（超过一年）　每页2元　每页1元
除上述项目外，其他服务收费项目及标准不变。我行收费项目及标准均已在各营业网点和本行官方网站公示，欢迎广大客户监督。
如有疑问，请咨询我行各营业网点或拨打我行客服热线。
感谢您一直以来对鹭洲银行的支持与厚爱！
鹭洲银行股份有限公司
2025年8月1日
""",
    ),
    dict(
        slug="training-lifeng-notice-example",
        site="砺锋教育 (invented civil-service training school)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lifengedu.cn/gwxz/liwen/2025/0116/907.html",
        title="关于做好2025年春节期间安全生产工作的通知",
        record_title="【公文写作范例】关于做好2025年春节期间安全生产工作的通知 - 砺锋教育",
        date="2025-01-15",
        notes="training school's model-text page: exam countdown, sign-up buttons, course ad and materials list; the notice's own 联系人 line stays; a teacher's comment after the text is neutral",
        page="""
!m 砺锋教育 · 公考培训
!m 距2026年省考笔试还有 96 天
!a 免费试听　|　立即报名　|　领取备考资料
!m 首页 > 公文写作 > 例文精选
{T}
{BODY}
【名师点评】本文结构清晰，要求具体，结尾明确了报送时限和联系人，是一篇规范的部署性通知。
!d 本文为砺锋教育教研团队整理，仅供学员学习参考。
!w 课程咨询：18977013365（同微信）
!l 推荐课程：申论公文写作精讲班　¥399
!l 热门资料：2025年省考申论真题解析 | 公文格式速查表 | 面试结构化题库
!m 砺锋教育　湘ICP备23016677号-1
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县政府各部门，各有关单位：
春节临近，人员流动增多，生产经营活动频繁，各类安全风险交织叠加。为切实做好春节期间安全生产工作，确保全县人民群众度过一个安全祥和的节日，经县人民政府同意，现就有关事项通知如下：
一、强化责任落实。各乡镇、各部门要坚持“党政同责、一岗双责、齐抓共管、失职追责”，主要负责同志要亲自研究部署节日期间安全生产工作，层层压实责任，确保各项措施落实到位。
二、深入排查整治隐患。要聚焦道路交通、消防、燃气、烟花爆竹、建筑施工等重点行业领域，开展节前安全大检查，对检查发现的隐患要建立台账、限期整改，对重大隐患要挂牌督办。
三、加强应急值守。节日期间严格执行24小时值班和领导带班制度，值班人员要坚守岗位、保持通讯畅通。发生突发事件，要第一时间处置并按规定报告。
请各乡镇、各部门于2月7日前将节日期间安全生产工作开展情况报县应急管理局。
联系人：县应急管理局　曹颖，电话：0739-6312207。
岑阳县人民政府办公室
2025年1月15日
""",
    ),
    dict(
        slug="training-bifeng-student-insight-html",
        site="笔锋培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.bifengpx.com/xyfc/xxxd/611.html",
        title="参加公文写作能力提升培训班心得体会",
        date=None,
        notes="training school page: course-sale popup, chat widget and sign-up phone, more students' essays whose titles read like headings; no date",
        page="""
<html><head><meta charset="utf-8"><title>参加公文写作能力提升培训班心得体会_笔锋培训学校</title></head><body>
<div class="top">⟦m 笔锋培训学校⟧　<span>⟦m 专注机关公文写作培训⟧</span></div>
<div class="menu"><a>⟦m 首页⟧</a><a>⟦m 课程中心⟧</a><a>⟦m 师资团队⟧</a><a>⟦m 学员风采⟧</a><a>⟦m 联系我们⟧</a></div>
<div class="pos">⟦m 学员风采 &gt; 学习心得⟧</div>
<div class="popup">⟦a 限时优惠：公文写作精品课 ¥199，立即抢购⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：八月期学员　张宁　｜　阅读 1,460⟧</div>
<div class="content">
{BODY}
</div>
<div class="more"><h4>⟦l 更多学员心得⟧</h4>
<p>⟦l 参加材料写作培训的几点收获⟧</p>
<p>⟦l 从“怕写”到“爱写”：我的培训体会⟧</p></div>
<div class="kefu">⟦w 在线客服　点击咨询课程⟧</div>
<div class="tel">⟦w 报名电话：0731-86620591⟧</div>
<div class="copy">⟦m Copyright 2025 笔锋培训学校　湘ICP备22004516号⟧</div>
</body></html>
""",
        body="""
8月上旬，我参加了单位组织的公文写作能力提升培训班。五天时间里，授课老师从公文的文种选择、结构安排、语言锤炼等方面进行了系统讲解，还结合大量例文进行了对比分析和现场改稿。培训结束后，我对公文写作有了全新的认识。
第一，写好公文首先要吃透政策。老师反复强调，公文不是文字游戏，而是推动工作的工具。如果对上级精神理解不深、对本单位情况掌握不透，写出来的材料难免空洞无物。今后我要多读文件、多下基层，把功夫下在动笔之前。
第二，写好公文要讲究逻辑。培训中，老师把一篇结构松散的总结拆开重组，前后对比，高下立判。我体会到，一篇好公文必须层次分明、前后照应，观点和材料要统一，不能“穿靴戴帽”、堆砌辞藻。
第三，写好公文离不开反复修改。“文章不厌百回改”，老师展示了一份领导讲话稿的七次修改稿，每一稿都在删繁就简、去虚务实。这让我明白，好材料是改出来的，不能满足于“交差了事”。
培训虽然结束了，但学习永无止境。我将把所学所悟运用到日常工作中，争取写出更多高质量的文稿。
""",
    ),
]
